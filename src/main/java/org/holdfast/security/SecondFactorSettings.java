package org.holdfast.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Second factors: whether staff must have one, and where the key that encrypts authenticator-app secrets comes from.
 *
 * @param staffSecondFactor {@code holdfast.security.staff-second-factor}: {@code required} (staff reach no client
 *                          data until they have used a second factor or a passkey in this session) or {@code offered}
 *                          (staff are invited to set one up, not made to; the demo run)
 * @param secretKey         {@code holdfast.security.secret-key} (environment {@code HOLDFAST_SECURITY_SECRET_KEY}): a
 *                          256-bit AES key, Base64, that encrypts the secrets in the database; never stored there
 * @param secretKeyFile     {@code holdfast.security.secret-key-file}: a file holding that key, read when no key is
 *                          given directly; written with a fresh key on first start only when demo data is on
 */
@ConfigurationProperties("holdfast.security")
public record SecondFactorSettings(@DefaultValue("required") StaffSecondFactor staffSecondFactor, String secretKey,
        @DefaultValue("./data/holdfast-secret.key") String secretKeyFile) {

    public enum StaffSecondFactor {
        REQUIRED, OFFERED
    }

    public boolean requiredForStaff() {
        return staffSecondFactor == StaffSecondFactor.REQUIRED;
    }
}
