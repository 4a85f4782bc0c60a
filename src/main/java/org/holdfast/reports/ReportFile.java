package org.holdfast.reports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A rendered report or export, ready to download. */
public record ReportFile(String fileName, byte[] content) {

    public static final String PDF = "application/pdf";
    public static final String ZIP = "application/zip";

    /** What the download says it is: a ZIP for an export, a PDF for every report. */
    public String contentType() {
        return fileName.endsWith(".zip") ? ZIP : PDF;
    }

    /** The SHA-256 of the bytes, in lower-case hex: what a copy of this file can be checked against. */
    public String sha256() {
        return sha256(content);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
