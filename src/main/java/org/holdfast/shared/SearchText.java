package org.holdfast.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names as a search compares them: lower case and without accents, so that "zoe" finds "Zoë" and "jose"
 * finds "José", whatever the database's collation. The same folding is applied to what is typed and to
 * what is stored, in memory or in a search column.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // NFD splits "ë" into "e" and a combining mark, which is then dropped; a few letters have no such split.
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder folded = new StringBuilder(plain.length());
        for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'ø' -> folded.append('o');
                case 'ł' -> folded.append('l');
                case 'đ', 'ð' -> folded.append('d');
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                case 'ı' -> folded.append('i');
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }

    /** Whether {@code text} contains what was typed, both folded; a blank search matches everything. */
    public static boolean matches(String text, String typed) {
        return typed == null || typed.isBlank() || fold(text).contains(fold(typed));
    }
}
