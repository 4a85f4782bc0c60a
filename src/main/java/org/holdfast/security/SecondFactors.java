package org.holdfast.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors of the signed-in person: an authenticator app (set up, confirmed with a first code, removed), the
 * ten one-time recovery codes, and using either after a password sign-in. A passkey counts as a factor too
 * ({@link #passkeyRegistered}). Using a factor goes through {@link SecondFactorCodes} (Spring
 * Security's provider manager and events, so wrong codes count toward the lock-out) and {@link SessionFactors}.
 */
@Service
@Transactional(readOnly = true)
public class SecondFactors {

    /** The factor authority of an authenticator-app code, beside Spring Security's {@code FACTOR_PASSWORD}. */
    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    public static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";
    public static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Holdfast";
    /** 16 Base32 characters = 80 random bits; without 0/1/8/9 look-alikes trouble, as apps' keys. */
    private static final int RECOVERY_CODE_LENGTH = 16;
    private static final char[] RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String NEUTRAL_RESET_REFUSAL = "That username and recovery code do not go together, or the code has "
            + "been used. Check both and try again; if it keeps failing, ask your clinician for a reset link.";

    private final AuthenticatorAppRepository apps;
    private final RecoveryCodeRepository codes;
    private final UserAccountRepository accounts;
    private final SecretEncryption encryption;
    private final SecondFactorCodes provider;
    private final SessionFactors session;
    private final StepUp stepUp;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecondFactorSettings settings;
    private final Passkeys passkeys;

    SecondFactors(AuthenticatorAppRepository apps, RecoveryCodeRepository codes, UserAccountRepository accounts,
            SecretEncryption encryption, SecondFactorCodes provider, SessionFactors session,
            StepUp stepUp, CurrentUser currentUser, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            Clock clock, SecondFactorSettings settings, Passkeys passkeys) {
        this.settings = settings;
        this.passkeys = passkeys;
        this.apps = apps;
        this.codes = codes;
        this.accounts = accounts;
        this.encryption = encryption;
        this.provider = provider;
        this.session = session;
        this.stepUp = stepUp;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** What the signed-in person has set up. */
    public record Status(boolean authenticatorApp, boolean passkey, long recoveryCodesLeft) {

        public boolean hasAny() {
            return authenticatorApp || passkey;
        }
    }

    /**
     * An authenticator app being set up: the secret lives only here (in the page) until a first code confirms
     * that the app has it; nothing is stored before.
     */
    public static final class AppSetUp {
        final byte[] secret;
        private final String uri;

        private AppSetUp(byte[] secret, String uri) {
            this.secret = secret;
            this.uri = uri;
        }

        /** The {@code otpauth://} address for the QR code. */
        public String uri() {
            return uri;
        }

        /** The key in groups of four, for typing into an app by hand. */
        public String groupedSecret() {
            return Totp.base32(secret).replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /** What the pages do about the signed-in person's second factor. */
    public enum Gate {
        /** Nothing: a client, verified staff, or staff who have set one up where it is only offered. */
        NONE,
        /** Staff under {@code required} who have not used a second factor in this session: to the second-factor page. */
        VERIFY,
        /** Staff under {@code offered} with no factor set up: invited, may dismiss. */
        OFFER
    }

    @PreAuthorize("isAuthenticated()")
    @BeforeSecondFactor
    public Gate gate() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!StaffFactorRule.isStaff(authentication) || StaffFactorRule.isVerified(authentication)) {
            return Gate.NONE;
        }
        if (settings.requiredForStaff()) {
            return Gate.VERIFY;
        }
        return status().hasAny() ? Gate.NONE : Gate.OFFER;
    }

    @PreAuthorize("isAuthenticated()")
    @BeforeSecondFactor
    public Status status() {
        SignedInUser user = currentUser.require();
        return new Status(apps.existsById(user.accountId()), passkeyRegistered(user.getUsername()),
                codes.countByAccountIdAndUsedAtIsNull(user.accountId()));
    }

    /** Whether the account has a second factor, which allows a shorter password ({@link PasswordRules}). */
    boolean hasSecondFactor(UserAccount account) {
        return apps.existsById(account.getId()) || passkeyRegistered(account.getUsername());
    }

    @PreAuthorize("isAuthenticated()")
    @BeforeSecondFactor
    public AppSetUp beginAppSetUp() {
        SignedInUser user = currentUser.require();
        byte[] secret = Totp.newSecret();
        return new AppSetUp(secret, Totp.uri(ISSUER, user.getUsername(), secret));
    }

    /**
     * Saves the app once {@code code} shows that it has the secret, and counts as using it. Returns the recovery
     * codes, to be shown once, when the account had none; otherwise an empty list.
     *
     * @throws SecondFactorCodeException when the code is not the app's current one
     * @throws StepUpRequiredException   when no factor was used in the last five minutes
     */
    @PreAuthorize("isAuthenticated()")
    @BeforeSecondFactor
    @Transactional
    public List<String> confirmAppSetUp(AppSetUp setUp, String code) {
        stepUp.require();
        SignedInUser user = currentUser.require();
        if (apps.existsById(user.accountId())) {
            throw new IllegalStateException("An authenticator app is already set up; remove it first to use another");
        }
        Instant now = clock.instant();
        long step = Totp.matchingStep(setUp.secret, code, now).orElseThrow(() -> new SecondFactorCodeException(
                "That is not the code the app shows now. Check that it added Holdfast, then type its current code"));
        apps.save(new AuthenticatorApp(user.accountId(), encryption.encrypt(setUp.secret), step, now));
        changed(user, AuditAction.AccountChange.Kind.FACTOR_ADDED, "authenticator_app");
        List<String> fresh = codes.countByAccountIdAndUsedAtIsNull(user.accountId()) == 0
                ? newRecoveryCodes(user.accountId(), now)
                : List.of();
        // The person has just shown they hold the app: that is this session's second factor.
        session.add(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(FactorGrantedAuthority.withAuthority(TOTP_AUTHORITY).issuedAt(now).build())));
        return fresh;
    }

    /** Removes the app; without a passkey left, the recovery codes go too (they stand in for a factor). */
    @PreAuthorize("isAuthenticated()")
    @BeforeSecondFactor
    @Transactional
    public void removeApp() {
        stepUp.require();
        SignedInUser user = currentUser.require();
        if (!apps.existsById(user.accountId())) {
            return;
        }
        apps.deleteById(user.accountId());
        if (!passkeyRegistered(user.getUsername())) {
            codes.deleteByAccount(user.accountId());
        }
        changed(user, AuditAction.AccountChange.Kind.FACTOR_REMOVED, "authenticator_app");
    }

    /** Ten new recovery codes, shown once; the old ones stop working. */
    @PreAuthorize("isAuthenticated()")
    @BeforeSecondFactor
    @Transactional
    public List<String> regenerateRecoveryCodes() {
        stepUp.require();
        SignedInUser user = currentUser.require();
        if (!apps.existsById(user.accountId()) && !passkeyRegistered(user.getUsername())) {
            throw new IllegalStateException("Set up an authenticator app or a passkey first: recovery codes stand in for one");
        }
        codes.deleteByAccount(user.accountId());
        List<String> fresh = newRecoveryCodes(user.accountId(), clock.instant());
        changed(user, AuditAction.AccountChange.Kind.RECOVERY_CODES_REGENERATED, "manual");
        return fresh;
    }

    /**
     * The second step after a password sign-in: an authenticator-app code (6 digits) or a recovery code. Not in a
     * transaction of its own, so that a refused code's count toward the lock-out is kept when this throws.
     *
     * @throws SecondFactorCodeException with what to do, for a wrong, replayed or used code or a lock
     */
    @PreAuthorize("isAuthenticated()")
    @BeforeSecondFactor
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void verify(String code) {
        SignedInUser user = currentUser.require();
        session.add(checked(provider, user.getUsername(), code, SecondFactorToken.Accepts.APP_OR_RECOVERY_CODE));
    }

    /**
     * A client who forgot their password sets a new one with a recovery code, which is used up. Staff, unknown
     * usernames, wrong and used codes all get {@link #NEUTRAL_RESET_REFUSAL}, and each counts toward the lock-out.
     *
     * @throws IllegalArgumentException with the reason, when the new password breaks {@link PasswordRules}
     * @throws SecondFactorCodeException with the neutral refusal
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void resetPasswordWithRecoveryCode(String username, String code, String newPassword) {
        String name = username == null ? "" : username.strip();
        if (name.length() > UserAccount.USERNAME_MAX || code == null || code.length() > 64) {
            throw new SecondFactorCodeException(NEUTRAL_RESET_REFUSAL);
        }
        Optional<UserAccount> known = accounts.findByUsernameIgnoreCase(name);
        // The rules first, so a refused password does not use up the code. An account with recovery codes has a
        // factor, so an unknown one is judged the same way and the answer does not tell them apart.
        PasswordRules.problem(newPassword, known.map(this::hasSecondFactor).orElse(true), name,
                known.map(UserAccount::getDisplayName).orElse(null)).ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
        if (known.isPresent() && known.get().getRole() != Role.CLIENT) {
            // Staff reset through the practice manager's link; the refusal still counts as a guess.
            SecurityLog.event("password_reset_refused", "account", known.get().getUsername(), "reason", "staff");
            throw new SecondFactorCodeException(NEUTRAL_RESET_REFUSAL);
        }
        try {
            provider.check(new SecondFactorToken(name, code, SecondFactorToken.Accepts.RECOVERY_CODE));
        } catch (AuthenticationException refused) {
            throw new SecondFactorCodeException(NEUTRAL_RESET_REFUSAL);
        }
        UserAccount account = accounts.findByUsernameIgnoreCase(name).orElseThrow();
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        accounts.save(account);
        SecurityLog.event("password_reset_with_recovery_code", "account", account.getUsername());
        publish(account.getUsername(), account.getDisplayName(), account.getRole(),
                AuditAction.AccountChange.Kind.PASSWORD_RESET_WITH_RECOVERY_CODE);
    }

    /** Runs the provider and turns its refusal into words for the signed-in person. */
    static Authentication checked(SecondFactorCodes provider,
            String username, String code, SecondFactorToken.Accepts accepts) {
        try {
            return provider.check(new SecondFactorToken(username, code, accepts));
        } catch (SecondFactorCodes.CodeAlreadyUsedException used) {
            throw new SecondFactorCodeException(used.getMessage());
        } catch (LockedException locked) {
            throw new SecondFactorCodeException("Too many wrong codes or passwords: wait a few minutes, then try again");
        } catch (AuthenticationException wrong) {
            throw new SecondFactorCodeException(
                    "That code is not right. Type the code your app shows now, or one of your recovery codes");
        }
    }

    /**
     * Whether a passkey is registered for the account: a passkey counts as a factor of its own (and as a second
     * factor for a shorter password). The one place passkeys join the factor checks.
     */
    boolean passkeyRegistered(String username) {
        return passkeys.registeredFor(username);
    }

    private List<String> newRecoveryCodes(long accountId, Instant now) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < RECOVERY_CODE_LENGTH; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
            }
            shown.add(code.toString());
            codes.save(new RecoveryCode(accountId, SecondFactorCodes.hash(code.toString()), now));
        }
        return List.copyOf(shown);
    }

    private void changed(SignedInUser user, AuditAction.AccountChange.Kind kind, String factor) {
        SecurityLog.event(kind.name().toLowerCase(Locale.ROOT), "account", user.getUsername(), "factor", factor);
        publish(user.getUsername(), user.displayName(), user.role(), kind);
    }

    private void publish(String username, String displayName, Role role, AuditAction.AccountChange.Kind kind) {
        events.publishEvent(AccountActivity.ofOwn(username, displayName, role, kind, clock.instant()));
    }
}
