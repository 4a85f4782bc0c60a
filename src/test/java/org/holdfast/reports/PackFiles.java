package org.holdfast.reports;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;

/** An evidence pack's attachments read back, and where a file's bytes sit in the PDF (to change one byte of it). */
public final class PackFiles {

    private PackFiles() {
    }

    public static Map<String, byte[]> attachments(byte[] pdf) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (Map.Entry<String, PDComplexFileSpecification> e : document.getDocumentCatalog().getNames()
                    .getEmbeddedFiles().getNames().entrySet()) {
                files.put(e.getKey(), e.getValue().getEmbeddedFile().toByteArray());
            }
        }
        return files;
    }

    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
