package org.holdfast.reports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.holdfast.audit.InclusionProof;
import org.holdfast.audit.LogProofs;
import org.holdfast.audit.TreeHead;
import org.holdfast.journal.ContactLog;
import org.holdfast.journal.ContactLogRecord;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an evidence pack carries besides its pages, so that it can be checked without Holdfast: each record as JSON
 * with its inclusion proof (one file a record, so a damaged file names its record), the signed tree head, the
 * practice's public key, the checker page, and a statement of all of them (record hashes and file SHA-256s) that
 * the practice signs: a record taken out, or a file changed, no longer matches what the practice signed.
 */
final class EvidencePack {

    static final String FORMAT = "holdfast-evidence-pack-v1";
    static final String RECORD_FORMAT = "holdfast-contact-attempt-v1";
    static final String MANIFEST = "holdfast-pack.json";
    static final String HEAD = "tree-head.json";
    static final String KEY = "public-key.pem";
    static final String CHECKER = "verify.html";

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private EvidencePack() {
    }

    /** A file inside the PDF; {@code relationship} is PDF/A-3's AFRelationship (Data, Supplement). */
    record Attachment(String name, String mimeType, String description, String relationship, byte[] bytes) {
    }

    static String recordFile(int seq) {
        return "record-%04d.json".formatted(seq);
    }

    /**
     * @param signer the practice's signature over the statement ({@link LogProofs#signPackStatement})
     */
    static List<Attachment> attachments(ContactLog log, LogProofs.ClientProofs proofs, String publicKeyPem,
            String keyId, byte[] checkerPage, Instant issued, UnaryOperator<String> signer) {
        TreeHead head = proofs.head();
        List<Attachment> files = new ArrayList<>();
        StringBuilder statement = new StringBuilder(LogProofs.PACK_STATEMENT)
                .append("issued ").append(issued.truncatedTo(ChronoUnit.SECONDS)).append('\n')
                .append("client ").append(log.clientId()).append('\n')
                .append("records ").append(log.records().size()).append('\n')
                .append("head ").append(head.size()).append(' ').append(head.root()).append(' ').append(head.issuedAt())
                .append(' ').append(head.keyId()).append('\n');
        for (ContactLogRecord r : log.records()) {
            InclusionProof proof = proofs.bySeq().get(r.seq());
            if (proof == null) {
                throw new IllegalStateException("Record " + r.seq() + " is not in the verifiable log yet; try again in a minute");
            }
            byte[] json = JSON.writeValueAsBytes(record(log.clientId(), r, proof));
            String name = recordFile(r.seq());
            files.add(new Attachment(name, "application/json", "Contact-attempt record " + r.seq()
                    + " as written, with its proof of inclusion in the practice's signed log", "Data", json));
            statement.append("record ").append(r.seq()).append(' ').append(r.hash()).append(' ').append(name).append(' ')
                    .append(ReportFile.sha256(json)).append('\n');
        }
        files.add(new Attachment(HEAD, "application/json", "The practice's signed tree head that every record's proof "
                + "leads to", "Data", JSON.writeValueAsBytes(head(head, proofs.timestampToken()))));
        files.add(new Attachment(KEY, "application/x-pem-file", "The practice's public key (Ed25519), id " + keyId,
                "Data", publicKeyPem.getBytes(StandardCharsets.US_ASCII)));
        files.add(new Attachment(CHECKER, "text/html", "A page that checks this pack in any browser, without a network",
                "Supplement", checkerPage));
        for (Attachment file : files.subList(log.records().size(), files.size())) {
            statement.append("file ").append(file.name()).append(' ').append(ReportFile.sha256(file.bytes())).append('\n');
        }
        String text = statement.toString();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("statement", text);
        manifest.put("signature", signer.apply(text));
        manifest.put("keyId", keyId);
        files.addFirst(new Attachment(MANIFEST, "application/json", "What this pack holds, signed by the practice",
                "Data", JSON.writeValueAsBytes(manifest)));
        return files;
    }

    private static Map<String, Object> record(long clientId, ContactLogRecord r, InclusionProof proof) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", RECORD_FORMAT);
        json.put("clientId", clientId);
        json.put("seq", r.seq());
        json.put("submissionId", r.submissionId());
        json.put("occurredAt", r.occurredAt().toString());
        // Exact to the microsecond, as the hash covers it; a string, so no reader rounds it as a floating-point number.
        json.put("occurredAtMicros", String.valueOf(micros(r.occurredAt())));
        json.put("recordedAt", r.recordedAt().toString());
        json.put("recordedAtMicros", String.valueOf(micros(r.recordedAt())));
        json.put("channel", r.channel().name());
        json.put("channelLabel", r.channel().label());
        json.put("sender", r.sender());
        json.put("viaThirdParty", r.viaThirdParty());
        json.put("content", r.content());
        json.put("responded", r.responded());
        json.put("safety", r.safety());
        json.put("correctsSeq", r.correctsSeq());
        json.put("correctsId", r.correctsId());
        json.put("correctionReason", r.correctionReason());
        json.put("prevHash", r.prevHash());
        json.put("hash", r.hash());
        Map<String, Object> inclusion = new LinkedHashMap<>();
        inclusion.put("leafIndex", proof.leafIndex());
        inclusion.put("treeSize", proof.treeSize());
        inclusion.put("leaf", proof.leaf());
        inclusion.put("path", proof.path());
        json.put("proof", inclusion);
        return json;
    }

    private static Map<String, Object> head(TreeHead head, String timestampToken) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("size", head.size());
        json.put("root", head.root());
        json.put("issuedAt", head.issuedAt().toString());
        json.put("keyId", head.keyId());
        json.put("signedText", head.signedText());
        json.put("signature", head.signature());
        if (timestampToken != null) {
            // An RFC 3161 authority's word that the head existed by then: over the SHA-256 of signedText.
            json.put("timestampToken", timestampToken);
        }
        return json;
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
