package org.holdfast.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading a rendered PDF back: its text, and how many pages it has. */
final class Pdfs {

    private Pdfs() {
    }

    static String text(byte[] pdf) {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
    }

    /** The text of one page (counted from 1). */
    static String pageText(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
    }

    /**
     * How many charts the pages draw: bitmaps, or the vector drawings (form XObjects) that charts are
     * printed as; text, rules and boxes are drawn on the page itself, never as XObjects.
     */
    static int charts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)
                            || page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) {
                        images++;
                    }
                }
            }
            return images;
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
    }
}
