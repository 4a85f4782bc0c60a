package org.holdfast.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;

/**
 * Text as the PDFs' one font can print it. Every report is set in DejaVu Sans (embedded, the same on every
 * machine), which has no glyph for most emoji, for Chinese or Japanese, and for much else a client may
 * type. Left alone, such a character is dropped from the PDF without a trace, and the words around it
 * read as if it had never been written. Instead each character (or emoji sequence, such as a family or a
 * flag) the font cannot draw prints as one {@value #MISSING}: the reader sees that something was there and
 * can look it up on screen. Invisible joiners and emoji/text style selectors are dropped quietly.
 */
final class PrintableText {

    /** The mark for what the font cannot draw: a white square, as a missing character is often shown. */
    static final String MISSING = "□";

    private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    private static final Font DEJAVU = load();

    private PrintableText() {
    }

    static String of(String text) {
        if (text == null || DEJAVU.canDisplayUpTo(text) == -1) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int start = characters.first();
        for (int end = characters.next(); end != BreakIterator.DONE; start = end, end = characters.next()) {
            String character = text.substring(start, end);
            String drawn = character.codePoints().filter(c -> !ignorable(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (drawn.isEmpty() || DEJAVU.canDisplayUpTo(drawn) == -1) {
                out.append(drawn);
            } else {
                out.append(MISSING);
            }
        }
        return out.toString();
    }

    /** Zero-width joiners and variation selectors shape a sequence; alone they print nothing anyway. */
    private static boolean ignorable(int c) {
        return c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
    }

    private static Font load() {
        try (InputStream in = PrintableText.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + FONT + " is not on the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
