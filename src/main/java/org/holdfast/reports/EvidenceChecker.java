package org.holdfast.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.holdfast.audit.LogKeys;
import org.holdfast.audit.LogProofs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page that checks an evidence pack in a browser without a network ({@code evidence/verify.html}), with the
 * practice's public key written into it: a copy handed out by the practice refuses a pack signed with any other key.
 * Anyone may download it (a lawyer has no account); it holds nothing but the public key.
 */
@RestController
public class EvidenceChecker {

    /** Where anyone downloads the page. */
    public static final String PATH = "/evidence-checker";
    static final String FILE_NAME = "holdfast-evidence-checker.html";
    private static final String KEYS_PLACEHOLDER = "<script type=\"application/json\" id=\"practice-keys\">[]</script>";

    private final byte[] page;

    EvidenceChecker(LogProofs proofs) throws IOException {
        String template;
        try (InputStream in = EvidenceChecker.class.getResourceAsStream("/evidence/verify.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String keys = EvidencePack.JSON.writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(List.of(Map.of("keyId", LogKeys.keyId(proofs.publicKey()),
                        "pem", LogKeys.pem(proofs.publicKey()))));
        if (!template.contains(KEYS_PLACEHOLDER)) {
            throw new IllegalStateException("verify.html has lost its place for the practice's keys");
        }
        this.page = template.replace(KEYS_PLACEHOLDER, KEYS_PLACEHOLDER.replace("[]", keys)).getBytes(StandardCharsets.UTF_8);
    }

    byte[] page() {
        return page.clone();
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> download() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(FILE_NAME).build().toString())
                .body(page());
    }
}
