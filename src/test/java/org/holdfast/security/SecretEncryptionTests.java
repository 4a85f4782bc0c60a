package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.env.MockEnvironment;

/** Where the key for second-factor secrets comes from, and that a real practice cannot start without one. */
class SecretEncryptionTests {

    @Test
    void withoutAKeyAndWithoutDemoDataThePortalRefusesToStartAndSaysWhatToSet(@TempDir Path dir) {
        SecondFactorSettings settings = settings(null, dir.resolve("missing.key"));

        assertThatThrownBy(() -> new SecretEncryption(settings, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No key to encrypt second-factor secrets")
                .hasMessageContaining("HOLDFAST_SECURITY_SECRET_KEY");
        assertThat(dir.resolve("missing.key")).doesNotExist();
    }

    @Test
    void theProductionProfileNamesNoKeyFileSoAKeyADemoRunLeftInDataIsNeverPickedUp() throws Exception {
        Properties mysql = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-mysql.properties"));

        assertThat(mysql.getProperty("holdfast.security.secret-key-file")).as("named, and blank").isEmpty();
    }

    @Test
    void noKeyFileNamedMeansNoKeyEvenWithDemoData() {
        SecondFactorSettings noFile = new SecondFactorSettings(SecondFactorSettings.StaffSecondFactor.REQUIRED, null, "");
        MockEnvironment demo = new MockEnvironment().withProperty("holdfast.demo-data", "true");

        assertThatThrownBy(() -> new SecretEncryption(noFile, demo))
                .hasMessageContaining("No key to encrypt second-factor secrets");
    }

    @Test
    void theDemoInventsAKeyFileOnceAndReadsItBackAfterARestart(@TempDir Path dir) {
        Path file = dir.resolve("data/secret.key");
        MockEnvironment demo = new MockEnvironment().withProperty("holdfast.demo-data", "true");

        String stored = new SecretEncryption(settings(null, file), demo).encrypt("shared secret".getBytes());

        assertThat(file).exists();
        assertThat(new String(new SecretEncryption(settings(null, file), demo).decrypt(stored))).isEqualTo("shared secret");
    }

    @Test
    void aGivenKeyIsUsedAndAWrongOneCannotReadTheSecrets(@TempDir Path dir) throws Exception {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        SecretEncryption encryption = new SecretEncryption(settings(key, dir.resolve("unused.key")), new MockEnvironment());
        String stored = encryption.encrypt("shared secret".getBytes());

        assertThat(stored).isNotEqualTo(encryption.encrypt("shared secret".getBytes())).as("a fresh nonce each time");
        assertThat(dir.resolve("unused.key")).doesNotExist();
        Path other = dir.resolve("other.key");
        Files.writeString(other, Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 }));
        SecretEncryption wrongKey = new SecretEncryption(settings(null, other), new MockEnvironment());
        assertThatThrownBy(() -> wrongKey.decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedWithHowToMakeOne(@TempDir Path dir) {
        SecondFactorSettings settings = settings(Base64.getEncoder().encodeToString(new byte[16]), dir.resolve("k"));

        assertThatThrownBy(() -> new SecretEncryption(settings, new MockEnvironment()))
                .hasMessageContaining("must be 32 bytes").hasMessageContaining("openssl rand -base64 32");
    }

    private static SecondFactorSettings settings(String key, Path file) {
        return new SecondFactorSettings(SecondFactorSettings.StaffSecondFactor.REQUIRED, key, file.toString());
    }
}
