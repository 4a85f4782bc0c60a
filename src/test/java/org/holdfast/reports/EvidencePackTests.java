package org.holdfast.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdfast.TestUsers.RUTH;
import static org.holdfast.TestUsers.SAM;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.holdfast.DatabaseTest;
import org.holdfast.TestUsers;
import org.holdfast.audit.LogProofs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

@DatabaseTest
class EvidencePackTests {

    @Autowired
    ContactEvidenceReport report;

    @Autowired
    LogProofs proofs;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.holdfast.encryption.ClientKeys keys;

    private byte[] ruthsPack() {
        return users.as(RUTH, () -> report.render(users.clientId(RUTH))).content();
    }

    @Test
    void aDownloadedPackCarriesEveryRecordAndChecksOutAgainstThePracticesKey() throws IOException {
        long ruth = users.clientId(RUTH);
        byte[] pack = ruthsPack();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "evidence-pack.pdf"), pack); // to look at

        int records = jdbc.queryForObject("select count(*) from contact_attempt where client_id = ?", Integer.class, ruth);
        Map<String, byte[]> files = PackFiles.attachments(pack);
        assertThat(files).containsKeys("holdfast-pack.json", "tree-head.json", "public-key.pem", "verify.html",
                "record-0001.json", EvidencePack.recordFile(records));
        assertThat(files).hasSize(records + 4);
        String first = new String(files.get("record-0001.json"), StandardCharsets.UTF_8);
        String content = keys.plainText(jdbc.queryForObject("select content from contact_attempt where client_id = ? and seq = 1",
                String.class, ruth));
        assertThat(first).contains(EvidencePack.JSON.writeValueAsString(content));
        // Stored as they are, so that the checker page finds them without inflating anything
        assertThat(new String(pack, StandardCharsets.ISO_8859_1)).contains(new String(files.get("record-0001.json"), StandardCharsets.ISO_8859_1));

        EvidencePackCheck.Result result = EvidencePackCheck.check(pack, List.of(proofs.publicKey()));
        assertThat(result.problem()).isNull();
        assertThat(result.intact()).isTrue();
        assertThat(result.records()).isEqualTo(records);
        assertThat(result.summary()).contains("All " + records + " records of client #" + ruth);
        // The clinician's copy is the same kind of pack
        assertThat(EvidencePackCheck.check(users.as(SAM, () -> report.render(ruth)).content(), List.of()).intact()).isTrue();
    }

    @Test
    void thePackIsPdfA3bByVeraPdf() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(ruthsPack()),
                PDFAFlavour.PDFA_3_B); PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList()).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    @Test
    void oneFlippedByteInARecordNamesThatRecord() throws IOException {
        byte[] pack = ruthsPack();
        byte[] record = PackFiles.attachments(pack).get("record-0002.json");
        int at = PackFiles.indexOf(pack, record);
        assertThat(at).isPositive();
        // Anywhere in the record: in its words, in its proof, or in the layout of the file
        for (int offset : new int[] { record.length / 2, record.length - 40, 3 }) {
            byte[] flipped = pack.clone();
            flipped[at + offset] ^= 0x01;
            EvidencePackCheck.Result result = EvidencePackCheck.check(flipped, List.of(proofs.publicKey()));
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).as("byte %d of record 2", offset).startsWith("Record 2 (record-0002.json)");
            assertThat(result.records()).isEqualTo(1);
        }
    }

    @Test
    void aMissingAttachmentIsNamed() throws IOException {
        EvidencePackCheck.Result result = EvidencePackCheck.check(withAttachment(ruthsPack(), "record-0003.json", null), List.of());
        assertThat(result.problem()).isEqualTo("Record 3 is missing from the pack: its attachment record-0003.json is not there");
        result = EvidencePackCheck.check(withAttachment(ruthsPack(), "holdfast-pack.json", null), List.of());
        assertThat(result.problem()).contains("carries no Holdfast evidence pack");
        result = EvidencePackCheck.check(withAttachment(ruthsPack(), "public-key.pem", null), List.of());
        assertThat(result.problem()).contains("public key (public-key.pem) is missing");
    }

    @Test
    void aHeadSignedByAnotherKeyIsRefused() throws Exception {
        byte[] pack = ruthsPack();
        Map<String, Object> head = EvidencePack.JSON.readValue(PackFiles.attachments(pack).get("tree-head.json"), TreeMap.class);
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(other.getPrivate());
        signer.update(((String) head.get("signedText")).getBytes(StandardCharsets.UTF_8));
        head.put("signature", Base64.getEncoder().encodeToString(signer.sign()));
        byte[] forged = withAttachment(pack, "tree-head.json", EvidencePack.JSON.writeValueAsBytes(head));

        assertThat(EvidencePackCheck.check(forged, List.of()).problem())
                .startsWith("The signed tree head (tree-head.json) was not signed with the practice's key in this pack");
        // A time-stamp that does not vouch for the head is named as such
        Map<String, Object> stamped = EvidencePack.JSON.readValue(PackFiles.attachments(pack).get("tree-head.json"), TreeMap.class);
        stamped.put("timestampToken", Base64.getEncoder().encodeToString("not a token".getBytes(StandardCharsets.UTF_8)));
        assertThat(EvidencePackCheck.check(withAttachment(pack, "tree-head.json", EvidencePack.JSON.writeValueAsBytes(stamped)),
                List.of()).problem()).startsWith("The time-stamp on the signed tree head does not vouch for it: ");
        // A whole pack signed again with another key passes its own key, and is refused by the practice's
        assertThat(EvidencePackCheck.check(pack, List.of(other.getPublic())).problem())
                .startsWith("The pack was signed with key ").contains("which is not the practice's key");
    }

    @Test
    void aTruncatedFileOrSomethingElseIsSaidInPlainWords() {
        byte[] pack = ruthsPack();
        assertThat(EvidencePackCheck.check(Arrays.copyOf(pack, pack.length * 2 / 3), List.of()).problem())
                .startsWith("This file is cut short");
        assertThat(EvidencePackCheck.check("Hello".getBytes(StandardCharsets.UTF_8), List.of()).problem())
                .isEqualTo("This file is not a PDF: it does not start as one does");
        byte[] garbled = pack.clone();
        Arrays.fill(garbled, 100, garbled.length - 100, (byte) 'x');
        EvidencePackCheck.Result result = EvidencePackCheck.check(garbled, List.of());
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isNotBlank();
    }

    @Test
    void theVerifyPackCommandExitsZeroForAnIntactPackAndOneForAChangedOne(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        byte[] pack = ruthsPack();
        Path good = Files.write(dir.resolve("pack.pdf"), pack);
        Path key = Files.writeString(dir.resolve("practice.pem"), org.holdfast.audit.LogKeys.pem(proofs.publicKey()));
        assertThat(EvidencePackCheck.command(new String[] { good.toString() })).isZero();
        assertThat(EvidencePackCheck.command(new String[] { good.toString(), "--key", key.toString() })).isZero();
        byte[] changed = pack.clone();
        changed[PackFiles.indexOf(pack, PackFiles.attachments(pack).get("record-0001.json")) + 30] ^= 0x20;
        assertThat(EvidencePackCheck.command(new String[] { Files.write(dir.resolve("changed.pdf"), changed).toString() })).isEqualTo(1);
        assertThat(EvidencePackCheck.command(new String[] { dir.resolve("absent.pdf").toString() })).isEqualTo(2);
        assertThat(EvidencePackCheck.command(new String[0])).isEqualTo(2);
    }

    @Test
    void theCheckerPageCarriesThePracticesKey() throws IOException {
        String page = new String(new EvidenceChecker(proofs).page(), StandardCharsets.UTF_8);
        assertThat(page).contains("\"keyId\":\"" + org.holdfast.audit.LogKeys.keyId(proofs.publicKey()) + "\"")
                .contains("default-src 'none'");
    }

    /** The pack with one attachment replaced, or taken out when {@code bytes} is null, saved as the portal saves it. */
    static byte[] withAttachment(byte[] pdf, String name, byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDEmbeddedFilesNameTreeNode tree = document.getDocumentCatalog().getNames().getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> names = new TreeMap<>(tree.getNames());
            if (bytes == null) {
                names.remove(name);
            } else {
                PDEmbeddedFile replacement = new PDEmbeddedFile(document, new ByteArrayInputStream(bytes));
                names.get(name).setEmbeddedFile(replacement);
                names.get(name).setEmbeddedFileUnicode(replacement);
            }
            tree.setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

}
