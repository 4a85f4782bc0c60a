package org.holdfast.security.ui;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/** What an authenticator app on a phone does with the key a page shows for typing: the code of this moment. */
public final class PhoneApp {

    private PhoneApp() {
    }

    public static String codeFor(String shownKey) throws Exception {
        byte[] key = base32(shownKey);
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
        return totp.generateOneTimePasswordString(new SecretKeySpec(key, totp.getAlgorithm()), Instant.now(), Locale.ROOT);
    }

    /** RFC 4648 Base32, as shown in groups of four. */
    private static byte[] base32(String shown) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : shown.replace(" ", "").toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
