package org.holdfast.reports;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Turns the report's PDF into a PDF/A-3b evidence pack: the attachments as PDF/A-3 associated files, an sRGB output
 * intent and XMP metadata that say what the file is. Saved without compression of its objects or attachments, so
 * that the checker page can find the attachments through the file's cross-reference table with a few lines of code.
 */
final class EvidencePackPdf {

    static final String PRODUCER = "Holdfast";

    private EvidencePackPdf() {
    }

    static byte[] withAttachments(byte[] pdf, String title, Instant created, List<EvidencePack.Attachment> files) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.setVersion(1.7f);
            Calendar when = GregorianCalendar.from(created.atZone(ZoneOffset.UTC));
            when.setTimeZone(TimeZone.getTimeZone("UTC"));
            PDDocumentCatalog catalog = document.getDocumentCatalog();

            // PDF/A asks the document information and the XMP metadata to say the same: both are written afresh.
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setProducer(PRODUCER);
            info.setCreationDate(when);
            info.setModificationDate(when);
            document.setDocumentInformation(info);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(title, created).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);

            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                dropCidSets(page.getResources(), 0);
            }

            PDOutputIntent intent = new PDOutputIntent(document,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);

            Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
            COSArray associated = new COSArray();
            for (EvidencePack.Attachment file : files) {
                // No filter: the bytes sit in the file as they are.
                PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(file.bytes()));
                embedded.setSubtype(file.mimeType());
                embedded.setSize(file.bytes().length);
                embedded.setCreationDate(when);
                embedded.setModDate(when);
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(file.name());
                spec.setFileUnicode(file.name());
                spec.setFileDescription(file.description());
                spec.setEmbeddedFile(embedded);
                spec.setEmbeddedFileUnicode(embedded);
                spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), file.relationship());
                byName.put(file.name(), spec);
                associated.add(spec);
            }
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(byName);
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(tree);
            catalog.setNames(names);
            catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
            // A reader opens with the attachments showing: they are what makes the pack checkable.
            catalog.setPageMode(PageMode.USE_ATTACHMENTS);

            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + files.stream().mapToInt(f -> f.bytes().length).sum() + 65_536);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The evidence pack could not be put together", e);
        }
    }

    /**
     * PDF/A-2 and 3 make a font's CIDSet optional, but one that is there must list every glyph of the embedded subset;
     * the one Jasper's PDF library writes does not, so it goes (in charts' form XObjects too).
     */
    private static void dropCidSets(org.apache.pdfbox.pdmodel.PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 10) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            if (resources.getFont(name) instanceof org.apache.pdfbox.pdmodel.font.PDType0Font type0
                    && type0.getDescendantFont() != null && type0.getDescendantFont().getFontDescriptor() != null) {
                type0.getDescendantFont().getFontDescriptor().getCOSObject().removeItem(COSName.getPDFName("CIDSet"));
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                dropCidSets(form.getResources(), depth + 1);
            }
        }
    }

    private static String xmp(String title, Instant created) {
        String at = created.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdfaid:part>3</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:format>application/pdf</dc:format>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <xmp:ModifyDate>%s</xmp:ModifyDate>
                   <pdf:Producer>%s</pdf:Producer>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(title), at, at, PRODUCER);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
