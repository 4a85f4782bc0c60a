package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTests {

    @Test
    void aPasswordOnlyAccountNeedsFifteenCharacters() {
        assertThat(PasswordRules.problem("otter lamp kiwi", false)).isEmpty(); // exactly 15
        assertThat(PasswordRules.problem("otter lamp kiw", false)).get(STRING).contains("at least 15 characters");
    }

    @Test
    void anAccountWithASecondFactorNeedsEight() {
        assertThat(PasswordRules.problem("Vq9#zt!4Lm", true)).isEmpty();
        assertThat(PasswordRules.problem("Vq9#zt!4Lm", false)).get(STRING).contains("at least 15 characters");
        assertThat(PasswordRules.problem("Vq9#zt!", true)).get(STRING).contains("at least 8 characters");
    }

    @Test
    void atMost128CharactersCountedAsCharactersNotBytes() {
        // Twelve emoji added: 128 characters, but 140 Java chars and far more bytes
        String longest = passphrase116() + "🌿🦔🍐🎻🧭🪁🐚🌵🎈🧵🪴🦉";
        assertThat(longest.codePointCount(0, longest.length())).isEqualTo(128);
        assertThat(longest.length()).isGreaterThan(128);
        assertThat(PasswordRules.problem(longest, false)).isEmpty();
        assertThat(PasswordRules.problem(longest + "🌿", false)).get(STRING).contains("at most 128 characters");
    }

    @Test
    void aCommonPasswordIsRefusedWithZxcvbnsReason() {
        assertThat(PasswordRules.problem("password12345678", false)).get(STRING)
                .containsIgnoringCase("common").endsWith("Add a few unrelated words of your own");
    }

    @Test
    void theRepeatedLetterThatUsedToPassIsRefusedEvenWhenLongEnough() {
        assertThat(PasswordRules.problem("aaaaaaaaaa", false)).isPresent();
        assertThat(PasswordRules.problem("aaaaaaaaaaaaaaaaaaaa", false)).get(STRING).endsWith("Add a few unrelated words of your own");
    }

    @Test
    void noCompositionRuleALongLowercasePhrasePasses() {
        assertThat(PasswordRules.problem("the heron waits by cold water at dawn", false)).isEmpty();
    }

    @Test
    void aLongPassphraseWithAccentsAndEmojiIsAccepted() {
        String passphrase = passphrase116();
        assertThat(passphrase.codePointCount(0, passphrase.length())).isEqualTo(116);
        assertThat(PasswordRules.problem(passphrase, false)).isEmpty();
    }

    @Test
    void aPasswordContainingTheirOwnNameOrEmailIsRefused() {
        assertThat(PasswordRules.problem("robinsgardenpath", false, "robin.vale@example.org", "Robin Vale"))
                .get(STRING).contains("name and email address");
        assertThat(PasswordRules.problem("robinsgardenpath", false)).isEmpty();
    }

    @Test
    void onlySpacesIsRefused() {
        assertThat(PasswordRules.problem(" ".repeat(20), false)).get(STRING).contains("only spaces");
    }

    /** 116 characters with accents and emoji: far beyond bcrypt's 72 bytes. */
    static String passphrase116() {
        String base = "Ça va: la crème brûlée du café près de l'étang 🌊 reste tiède, même après minuit 🌙 et la pluie d'été ☔ qui tombe";
        int count = base.codePointCount(0, base.length());
        StringBuilder text = new StringBuilder(base);
        String filler = " ñandú";
        int i = 0;
        while (count < 116) {
            text.appendCodePoint(filler.codePointAt(i % filler.length()));
            i++;
            count++;
        }
        return text.substring(0, text.offsetByCodePoints(0, 116));
    }

    private static final org.assertj.core.api.InstanceOfAssertFactory<String, org.assertj.core.api.AbstractStringAssert<?>> STRING =
            org.assertj.core.api.InstanceOfAssertFactories.STRING;
}
