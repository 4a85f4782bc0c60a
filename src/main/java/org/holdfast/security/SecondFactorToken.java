package org.holdfast.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A code typed as proof of a second factor (an authenticator-app code or a recovery code) for an account, before
 * {@link SecondFactorCodes} has checked it. Its name is the username, so that Spring Security's
 * failure events count a wrong code against that account as the lock-out counts a wrong password.
 */
class SecondFactorToken extends AbstractAuthenticationToken {

    /** Which codes this attempt may use: a client resetting a password may only use a recovery code. */
    enum Accepts {
        APP_OR_RECOVERY_CODE, RECOVERY_CODE
    }

    private final String username;
    private final String code;
    private final Accepts accepts;

    SecondFactorToken(String username, String code, Accepts accepts) {
        super(List.of());
        this.username = username;
        this.code = code;
        this.accepts = accepts;
        setAuthenticated(false);
    }

    @Override
    public Object getCredentials() {
        return code;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    Accepts accepts() {
        return accepts;
    }
}
