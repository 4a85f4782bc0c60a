package org.holdfast.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.holdfast.audit.InclusionProof;
import org.holdfast.audit.LogKeys;
import org.holdfast.audit.LogProofs;
import org.holdfast.audit.TimeStamps;
import org.holdfast.audit.TreeHead;
import org.holdfast.journal.ContactLogRecord;
import org.holdfast.plans.Channel;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks an evidence pack from its bytes alone, as {@code java -jar holdfast.jar verify-pack FILE.pdf} and the
 * checker page do: the practice's signature over the pack's statement, the signed tree head, and each record against
 * its hash, the record before it and its proof of inclusion in the signed log. Says the first thing that is wrong in
 * plain words, naming the record; never throws on a damaged file.
 */
public final class EvidencePackCheck {

    private EvidencePackCheck() {
    }

    /**
     * The result of a check.
     *
     * @param intact   whether everything matched
     * @param problem  the first thing that did not, in plain words; null when intact
     * @param summary  what was checked, in plain words (on success, what the pack proves)
     * @param records  how many records were found to match
     * @param keyId    the id of the key the pack was signed with, when one could be read
     */
    public record Result(boolean intact, String problem, String summary, int records, String keyId) {

        static Result broken(String problem, int records, String keyId) {
            return new Result(false, problem, null, records, keyId);
        }
    }

    /**
     * @param practiceKeys the keys the practice signs with, to refuse a pack re-signed with another; empty to check
     *                     against the key the pack carries (and say which it is)
     */
    public static Result check(byte[] file, List<PublicKey> practiceKeys) {
        try {
            return checked(file, practiceKeys);
        } catch (RuntimeException e) {
            // Whatever a damaged file does to a parser, the answer is a sentence, not a stack trace.
            return Result.broken("The pack could not be checked: it is damaged in a way this check does not recognise ("
                    + e.getClass().getSimpleName() + ")", 0, null);
        }
    }

    /**
     * {@code java -jar holdfast.jar verify-pack FILE.pdf [--key PUBLIC-KEY.pem]}: checks a pack without a database or
     * the portal's settings, against the practice's public key when given (else against the key in the pack, named so
     * it can be compared with the practice's). Exit code 0 when intact, 1 naming what is not, 2 when it cannot start.
     * Says what it checked and which record failed, never what a record says.
     */
    public static int command(String[] args) {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EvidencePackCheck.class);
        java.nio.file.Path pack = null;
        List<PublicKey> keys = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--key") && i + 1 < args.length) {
                    keys.add(LogKeys.fromPem(java.nio.file.Files.readString(java.nio.file.Path.of(args[++i]), StandardCharsets.US_ASCII)));
                } else if (pack == null && !args[i].startsWith("--")) {
                    pack = java.nio.file.Path.of(args[i]);
                } else {
                    pack = null;
                    break;
                }
            }
            if (pack == null) {
                log.error("Usage: java -jar holdfast.jar verify-pack FILE.pdf [--key PUBLIC-KEY.pem]");
                return 2;
            }
            Result result = check(java.nio.file.Files.readAllBytes(pack), keys);
            if (result.intact()) {
                log.info("Evidence pack intact: {}.{}", result.summary(), keys.isEmpty() ? " Checked against the key in "
                        + "the pack: compare its id with the practice's own, or give the practice's key with --key." : "");
                return 0;
            }
            log.error("Evidence pack NOT intact: {}.", result.problem());
            return 1;
        } catch (java.io.IOException | IllegalArgumentException e) {
            log.error("Cannot check the pack: {}", e instanceof java.nio.file.NoSuchFileException ? "there is no file "
                    + e.getMessage() : e.getMessage());
            return 2;
        }
    }

    private static Result checked(byte[] file, List<PublicKey> practiceKeys) {
        if (file.length < 8 || !new String(file, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return Result.broken("This file is not a PDF: it does not start as one does", 0, null);
        }
        String tail = new String(file, Math.max(0, file.length - 1024), Math.min(1024, file.length), StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            return Result.broken("This file is cut short: it does not end as a PDF does, so part of it is missing (a "
                    + "download that did not finish?). Ask for the pack again", 0, null);
        }
        Map<String, byte[]> files;
        try {
            files = attachments(file);
        } catch (IOException e) {
            return Result.broken("This PDF cannot be read: it is damaged", 0, null);
        }
        byte[] manifestFile = files.get(EvidencePack.MANIFEST);
        if (manifestFile == null) {
            return Result.broken("This PDF carries no Holdfast evidence pack: its statement (" + EvidencePack.MANIFEST
                    + ") is missing", 0, null);
        }
        JsonNode manifest = json(manifestFile);
        if (manifest == null || !EvidencePack.FORMAT.equals(text(manifest, "format")) || text(manifest, "statement") == null) {
            return Result.broken("The pack's statement (" + EvidencePack.MANIFEST + ") cannot be read: it was changed or damaged", 0, null);
        }
        byte[] keyFile = files.get(EvidencePack.KEY);
        if (keyFile == null) {
            return Result.broken("The practice's public key (" + EvidencePack.KEY + ") is missing from the pack", 0, null);
        }
        PublicKey key;
        try {
            key = LogKeys.fromPem(new String(keyFile, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return Result.broken("The public key in the pack (" + EvidencePack.KEY + ") cannot be read: " + e.getMessage(), 0, null);
        }
        String keyId = LogKeys.keyId(key);
        // The whole key, not its short id: an id is for people to read out, not for a check to trust.
        if (!practiceKeys.isEmpty() && practiceKeys.stream().noneMatch(k -> java.util.Arrays.equals(k.getEncoded(), key.getEncoded()))) {
            return Result.broken("The pack was signed with key " + keyId + ", which is not the practice's key ("
                    + String.join(", ", practiceKeys.stream().map(LogKeys::keyId).toList()) + "): it did not come from "
                    + "this practice as it is, or it was signed again by someone else", 0, keyId);
        }
        String statementText = text(manifest, "statement");
        if (!LogKeys.verifies(key, statementText, text(manifest, "signature"))) {
            return Result.broken("The pack's statement was changed after the practice signed it, or was not signed with "
                    + "the key in the pack", 0, keyId);
        }
        Statement statement = Statement.parse(statementText);
        if (statement == null) {
            return Result.broken("The pack's statement is not in a form this check knows", 0, keyId);
        }

        byte[] headFile = files.get(EvidencePack.HEAD);
        if (headFile == null) {
            return Result.broken("The signed tree head (" + EvidencePack.HEAD + ") is missing from the pack", 0, keyId);
        }
        TreeHead head = head(json(headFile));
        if (head == null) {
            return Result.broken("The signed tree head (" + EvidencePack.HEAD + ") cannot be read: it was changed or damaged", 0, keyId);
        }
        if (!head.signedBy(key)) {
            return Result.broken("The signed tree head (" + EvidencePack.HEAD + ") was not signed with the practice's key "
                    + "in this pack (it names key " + head.keyId() + ")", 0, keyId);
        }
        if (head.size() != statement.headSize || !head.root().equals(statement.headRoot)) {
            return Result.broken("The signed tree head (" + EvidencePack.HEAD + ") is not the one the pack's statement names", 0, keyId);
        }
        String stamped = "";
        String token = text(json(headFile), "timestampToken");
        if (token != null) {
            byte[] der;
            try {
                der = java.util.Base64.getDecoder().decode(token);
            } catch (IllegalArgumentException e) {
                der = new byte[0];
            }
            Optional<String> problem = TimeStamps.problem(der, head.signedText(), null);
            if (problem.isPresent()) {
                return Result.broken("The time-stamp on the signed tree head does not vouch for it: " + problem.get(), 0, keyId);
            }
            // The token is checked against the certificate it carries: which authority that is, is the reader's call.
            stamped = ", with an RFC 3161 time-stamp of " + minutes(TimeStamps.stampedAt(der)) + " (which authority issued "
                    + "it is not checked here: use openssl ts -verify with the authority's certificate)";
        }
        for (Map.Entry<String, String> f : statement.files.entrySet()) {
            byte[] bytes = files.get(f.getKey());
            if (bytes == null) {
                return Result.broken("The pack's " + f.getKey() + " is missing", 0, keyId);
            }
            if (!ReportFile.sha256(bytes).equals(f.getValue())) {
                return Result.broken("The pack's " + f.getKey() + " is not the file the practice signed: it was changed or "
                        + "damaged after the pack was issued", 0, keyId);
            }
        }

        int matched = 0;
        String previous = null;
        for (Statement.Line line : statement.records) {
            String name = "Record " + line.seq + " (" + line.file + ")";
            byte[] bytes = files.get(line.file);
            if (bytes == null) {
                return Result.broken("Record " + line.seq + " is missing from the pack: its attachment " + line.file
                        + " is not there", matched, keyId);
            }
            JsonNode record = json(bytes);
            if (record == null) {
                return Result.broken(name + " cannot be read: it was changed or damaged after the pack was issued", matched, keyId);
            }
            Optional<ContactLogRecord> fields = record(record);
            if (fields.isEmpty() || fields.get().seq() != line.seq) {
                return Result.broken(name + " is not a complete record: it was changed after the pack was issued", matched, keyId);
            }
            ContactLogRecord r = fields.get();
            if (record.path("clientId").asLong(-1) != statement.clientId
                    || !r.computedHash(statement.clientId).equals(r.hash()) || !r.hash().equals(line.hash)) {
                return Result.broken(name + " was changed: what it says no longer matches its hash", matched, keyId);
            }
            if (!java.util.Objects.equals(previous, r.prevHash())) {
                return Result.broken(name + " does not follow on from the record before it", matched, keyId);
            }
            InclusionProof proof = proof(record.path("proof"));
            Optional<InclusionProof.LoggedRecord> logged = proof == null ? Optional.empty() : proof.loggedRecord();
            if (logged.isEmpty() || logged.get().clientId() != statement.clientId || logged.get().seq() != line.seq
                    || !logged.get().hash().equals(r.hash())) {
                return Result.broken(name + "'s proof is not for this record", matched, keyId);
            }
            if (!proof.leadsTo(head)) {
                return Result.broken(name + " is not in the practice's signed log: its proof does not lead to the signed "
                        + "tree head", matched, keyId);
            }
            if (!ReportFile.sha256(bytes).equals(line.fileSha256)) {
                return Result.broken(name + " is not the file the practice signed: it was changed or damaged after the "
                        + "pack was issued", matched, keyId);
            }
            previous = r.hash();
            matched++;
        }
        for (String name : files.keySet()) {
            if (name.startsWith("record-") && statement.records.stream().noneMatch(l -> l.file.equals(name))) {
                return Result.broken("The pack holds a record the practice did not sign (" + name + ")", matched, keyId);
            }
        }
        return new Result(true, null, (matched == 1 ? "The 1 record" : "All " + matched + " records") + " of client #"
                + statement.clientId + " are as the practice signed them on " + minutes(statement.issued) + ", follow on "
                + "from each other, and are in the practice's log as signed at " + minutes(head.issuedAt()) + " (key "
                + keyId + ")" + stamped + ". The printed pages are not part of this check: the records as read from the "
                + "attachments are the evidence", matched, keyId);
    }

    private static String minutes(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES).toString().replace("T", " ").replace(":00Z", " UTC").replace("Z", " UTC");
    }

    private static Map<String, byte[]> attachments(byte[] file) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(file)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            if (tree != null) {
                collect(tree, files);
            }
        }
        return files;
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node, Map<String, byte[]> files) throws IOException {
        Map<String, PDComplexFileSpecification> here = node.getNames();
        if (here != null) {
            for (Map.Entry<String, PDComplexFileSpecification> e : here.entrySet()) {
                PDEmbeddedFile embedded = e.getValue().getEmbeddedFileUnicode() != null ? e.getValue().getEmbeddedFileUnicode()
                        : e.getValue().getEmbeddedFile();
                if (embedded != null) {
                    files.put(e.getKey(), embedded.toByteArray());
                }
            }
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                collect(kid, files);
            }
        }
    }

    private static JsonNode json(byte[] bytes) {
        try {
            JsonNode node = EvidencePack.JSON.readTree(bytes);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }

    private static TreeHead head(JsonNode json) {
        if (json == null || text(json, "root") == null || text(json, "issuedAt") == null || text(json, "keyId") == null
                || text(json, "signature") == null || !json.path("size").isIntegralNumber()) {
            return null;
        }
        try {
            return new TreeHead(json.get("size").asLong(), text(json, "root"), Instant.parse(text(json, "issuedAt")),
                    text(json, "keyId"), text(json, "signature"));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<ContactLogRecord> record(JsonNode json) {
        try {
            if (!EvidencePack.RECORD_FORMAT.equals(text(json, "format")) || !json.path("seq").isIntegralNumber()
                    || text(json, "hash") == null) {
                return Optional.empty();
            }
            JsonNode correctsSeq = json.get("correctsSeq");
            JsonNode correctsId = json.get("correctsId");
            return Optional.of(new ContactLogRecord(json.get("seq").asInt(), micros(text(json, "occurredAtMicros")),
                    micros(text(json, "recordedAtMicros")), Channel.valueOf(text(json, "channel")), text(json, "sender"),
                    bool(json, "viaThirdParty"), text(json, "content"), bool(json, "responded"), json.get("safety").asInt(),
                    correctsSeq == null || correctsSeq.isNull() ? null : correctsSeq.asInt(), text(json, "correctionReason"),
                    text(json, "prevHash"), text(json, "hash"), text(json, "submissionId"),
                    correctsId == null || correctsId.isNull() ? null : correctsId.asLong()));
        } catch (RuntimeException e) {
            return Optional.empty(); // a field missing, of the wrong kind, or a channel no one knows: changed
        }
    }

    private static boolean bool(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isBoolean()) {
            throw new IllegalArgumentException(field);
        }
        return value.asBoolean();
    }

    private static Instant micros(String micros) {
        return Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
    }

    private static InclusionProof proof(JsonNode json) {
        if (json == null || !json.isObject() || !json.path("leafIndex").isIntegralNumber()
                || !json.path("treeSize").isIntegralNumber() || text(json, "leaf") == null || !json.path("path").isArray()) {
            return null;
        }
        List<String> path = new ArrayList<>();
        for (JsonNode step : json.get("path")) {
            if (!step.isString()) {
                return null;
            }
            path.add(step.asString());
        }
        return new InclusionProof(json.get("leafIndex").asLong(), json.get("treeSize").asLong(), text(json, "leaf"), path);
    }

    /** The pack's statement, line by line (see {@link EvidencePack}). */
    private record Statement(Instant issued, long clientId, long headSize, String headRoot, List<Line> records,
            Map<String, String> files) {

        record Line(int seq, String hash, String file, String fileSha256) {
        }

        static Statement parse(String text) {
            if (!text.startsWith(LogProofs.PACK_STATEMENT)) {
                return null;
            }
            try {
                Instant issued = null;
                long clientId = -1;
                long headSize = -1;
                String headRoot = null;
                int count = -1;
                List<Line> records = new ArrayList<>();
                Map<String, String> files = new HashMap<>();
                for (String line : text.substring(LogProofs.PACK_STATEMENT.length()).split("\n")) {
                    String[] part = line.split(" ");
                    switch (part[0]) {
                        case "issued" -> issued = Instant.parse(part[1]);
                        case "client" -> clientId = Long.parseLong(part[1]);
                        case "records" -> count = Integer.parseInt(part[1]);
                        case "head" -> {
                            headSize = Long.parseLong(part[1]);
                            headRoot = part[2];
                        }
                        case "record" -> records.add(new Line(Integer.parseInt(part[1]), part[2], part[3], part[4]));
                        case "file" -> files.put(part[1], part[2]);
                        default -> {
                            return null;
                        }
                    }
                }
                for (int i = 0; i < records.size(); i++) {
                    if (records.get(i).seq() != i + 1) {
                        return null;
                    }
                }
                return issued == null || clientId < 0 || headRoot == null || count != records.size() ? null
                        : new Statement(issued, clientId, headSize, headRoot, records, files);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
