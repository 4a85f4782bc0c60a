package org.holdfast.reports;

/** A rendered report, ready to download. */
public record ReportFile(String fileName, byte[] content) {

    public static final String PDF = "application/pdf";
}
