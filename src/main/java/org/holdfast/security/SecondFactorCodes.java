package org.holdfast.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks a {@link SecondFactorToken} with an {@link AuthenticationProvider} of its own: an authenticator-app code (6 digits) against the account's app, refusing a
 * time step already used, or else a recovery code against the account's unused ones, using it up. On success the
 * answer carries one {@link FactorGrantedAuthority} ({@link SecondFactors#TOTP_AUTHORITY} or
 * {@link SecondFactors#RECOVERY_CODE_AUTHORITY}) issued now, which {@link SessionFactors} merges into the
 * signed-in authentication as Spring Security's own authentication filters merge factors.
 *
 * <p>It runs inside its own {@link ProviderManager} with Spring's event publisher, so a wrong or used code is an
 * {@link AuthenticationFailureBadCredentialsEvent} for that username and {@link SignInAttempts} counts it toward
 * the same growing delay and lock as a wrong password; a locked account or address is refused before any code is
 * looked at. "Used" is marked with a conditional update, so two requests racing with one code cannot both pass.
 */
@Component
class SecondFactorCodes {

    private final UserAccountRepository accounts;
    private final AuthenticatorAppRepository apps;
    private final RecoveryCodeRepository codes;
    private final SecretEncryption encryption;
    private final SignInAttempts attempts;
    private final Clock clock;
    private final AuthenticationManager manager;

    SecondFactorCodes(UserAccountRepository accounts, AuthenticatorAppRepository apps,
            RecoveryCodeRepository codes, SecretEncryption encryption, SignInAttempts attempts, Clock clock,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.apps = apps;
        this.codes = codes;
        this.encryption = encryption;
        this.attempts = attempts;
        this.clock = clock;
        // Not a bean of its own: an AuthenticationProvider bean would replace the password sign-in's provider in
        // Spring Security's global authentication manager.
        ProviderManager providers = new ProviderManager(new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return SecondFactorCodes.this.authenticate((SecondFactorToken) authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return SecondFactorToken.class.isAssignableFrom(authentication);
            }
        });
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(CodeAlreadyUsedException.class,
                AuthenticationFailureBadCredentialsEvent.class));
        providers.setAuthenticationEventPublisher(publisher);
        this.manager = providers;
    }

    /** A code that was right once and has been used: said as such to a signed-in person, never to a stranger. */
    static class CodeAlreadyUsedException extends BadCredentialsException {
        CodeAlreadyUsedException(String message) {
            super(message);
        }
    }

    /** Through the provider manager, so that failures and successes are published as Spring Security events. */
    Authentication check(SecondFactorToken token) {
        // The source address, as the log-in form's attempts carry it, for the per-address count and the log.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            token.setDetails(new WebAuthenticationDetails(request.getRequest()));
        }
        return manager.authenticate(token);
    }

    private Authentication authenticate(SecondFactorToken token) {
        String username = token.getName() == null ? "" : token.getName().strip();
        UserAccount account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new BadCredentialsException("No such account"));
        Instant now = clock.instant();
        if (!account.maySignIn()) {
            throw new DisabledException("Account cannot sign in");
        }
        if (account.isLockedAt(now) || attempts.isCurrentAddressLocked()) {
            throw new LockedException("Locked after too many wrong codes or passwords");
        }
        String typed = token.getCredentials() == null ? "" : token.getCredentials().toString().replaceAll("[\\s-]", "");
        String factor = token.accepts() == SecondFactorToken.Accepts.APP_OR_RECOVERY_CODE && typed.matches("\\d{6}")
                ? appCode(account, typed, now)
                : recoveryCode(account, typed, now);
        FactorGrantedAuthority proof = FactorGrantedAuthority.withAuthority(factor).issuedAt(now).build();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken
                .authenticated(new SignedInUser(account), null, List.of(proof));
        result.setDetails(token.getDetails());
        return result;
    }

    private String appCode(UserAccount account, String typed, Instant now) {
        AuthenticatorApp app = apps.findById(account.getId())
                .orElseThrow(() -> new BadCredentialsException("No authenticator app"));
        OptionalLong step = Totp.matchingStep(encryption.decrypt(app.getSecretEncrypted()), typed, now);
        if (step.isEmpty()) {
            throw new BadCredentialsException("Wrong code");
        }
        if (apps.markUsed(account.getId(), step.getAsLong()) == 0) {
            throw new CodeAlreadyUsedException("That code has been used already. Wait for the next code in your app");
        }
        return SecondFactors.TOTP_AUTHORITY;
    }

    private String recoveryCode(UserAccount account, String typed, Instant now) {
        RecoveryCode code = codes.findByAccountIdAndCodeHash(account.getId(), hash(typed))
                .orElseThrow(() -> new BadCredentialsException("Wrong recovery code"));
        if (codes.markUsed(code.getId(), now) == 0) {
            throw new CodeAlreadyUsedException("That recovery code has been used already: each works once. Use another");
        }
        return SecondFactors.RECOVERY_CODE_AUTHORITY;
    }

    /**
     * SHA-256 rather than the password encoder: a recovery code is 80 random bits, so there is nothing for a slow
     * hash to protect against (guessing 2^80 fast hashes is out of reach), and a plain hash lets the code be found
     * with one indexed look-up instead of ten Argon2 comparisons on every attempt.
     */
    static String hash(String code) {
        String normal = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
