package org.holdfast.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AccountService {

    static final Duration ACTIVATION_VALID_FOR = Duration.ofDays(7);
    /** Shorter than an activation link: a reset link takes over an existing account. */
    static final Duration RESET_VALID_FOR = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final ActivationTokenRepository activationTokens;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    private final ObjectProvider<ClientAccountGuard> guard;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final OpenSessions sessions;
    private final SecondFactors secondFactors;

    AccountService(UserAccountRepository accounts, ActivationTokenRepository activationTokens,
            PasswordEncoder passwordEncoder, Clock clock, ObjectProvider<ClientAccountGuard> guard,
            CurrentUser currentUser, ApplicationEventPublisher events, OpenSessions sessions,
            SecondFactors secondFactors) {
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.guard = guard;
        this.currentUser = currentUser;
        this.events = events;
        this.accounts = accounts;
        this.activationTokens = activationTokens;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Practice managers see every account, but never clinical content. */
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<AccountSummary> list(Pageable pageable) {
        return accounts.findAllBy(pageable).map(a -> AccountSummary.of(a, clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary create(String username, String rawPassword, String displayName, Role role) {
        if (accounts.findByUsernameIgnoreCase(username).isPresent()) {
            throw new IllegalArgumentException("An account with that username already exists");
        }
        UserAccount account = new UserAccount(username.strip(), passwordEncoder.encode(rawPassword), displayName.strip(),
                role, Instant.now(clock));
        return AccountSummary.of(accounts.save(account), clock.instant());
    }

    /**
     * A client account with no password yet, and its first activation link. The caller (the clients
     * module) decides who may create clients; this only makes the account.
     */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    @Transactional
    public ActivationLink createPendingClientAccount(String email, String displayName) {
        String username = email.strip().toLowerCase(java.util.Locale.ROOT);
        if (accounts.findByUsernameIgnoreCase(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        UserAccount account = accounts.save(UserAccount.pending(username, displayName.strip(), Role.CLIENT, Instant.now(clock)));
        return issueActivationLink(account);
    }

    /**
     * Invites a clinician or another practice manager: an account with no password yet and its first
     * activation link, which the practice manager hands over as clinicians hand over a client's.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ActivationLink inviteStaff(String email, String displayName, Role role) {
        if (role == Role.CLIENT) {
            throw new IllegalArgumentException("Clients are added by their clinician, with their record");
        }
        if (email == null || email.isBlank() || displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Give the name and the email address they sign in with");
        }
        String username = email.strip().toLowerCase(java.util.Locale.ROOT);
        if (accounts.findByUsernameIgnoreCase(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        UserAccount account = accounts.save(UserAccount.pending(username, displayName.strip(), role, Instant.now(clock)));
        return issueActivationLink(account);
    }

    /** A new activation link for any account still waiting for its password; the older links stop working. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ActivationLink resendActivation(long accountId) {
        UserAccount account = accounts.findById(accountId).filter(UserAccount::isPendingActivation)
                .orElseThrow(() -> new IllegalStateException("This account is already active: no link is needed"));
        Instant now = Instant.now(clock);
        activationTokens.findByAccountId(accountId).forEach(t -> t.revoke(now));
        return issueActivationLink(account);
    }

    /** A new link for a client who has not activated yet; older links stop working. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    @Transactional
    public ActivationLink renewActivationLink(long accountId) {
        requireManaged(accountId);
        UserAccount account = accounts.findById(accountId)
                .filter(a -> a.getRole() == Role.CLIENT && a.isPendingActivation())
                .orElseThrow(() -> new IllegalStateException("This account is already active: no link is needed"));
        Instant now = Instant.now(clock);
        activationTokens.findByAccountId(accountId).forEach(t -> t.revoke(now));
        return issueActivationLink(account);
    }

    /** Whether an account still waits for its owner to set a password. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public boolean isPendingActivation(long accountId) {
        requireManaged(accountId);
        return accounts.findById(accountId).map(UserAccount::isPendingActivation).orElse(false);
    }

    /** Who a link is for, while it still works: the activation page greets them by name. */
    @PreAuthorize("permitAll()")
    public Optional<String> activationFor(String token) {
        return usableToken(token).flatMap(t -> accounts.findById(t.getAccountId())).map(UserAccount::getDisplayName);
    }

    /** Who a link is for and what it does, while it still works: the link's page greets them and says what follows. */
    @PreAuthorize("permitAll()")
    public Optional<PasswordLink> passwordLinkFor(String token) {
        return usableToken(token).flatMap(t -> accounts.findById(t.getAccountId())
                .map(a -> new PasswordLink(a.getDisplayName(), t.getPurpose() == ActivationToken.Purpose.PASSWORD_RESET)));
    }

    /** A usable one-time link: the name of the person it is for, and whether it resets a password. */
    public record PasswordLink(String displayName, boolean reset) {
    }

    /**
     * Sets the password through a one-time link, opening a new account or, for a reset link, replacing the
     * password of an existing one (which also lifts a lock from guessing and ends every session the account
     * still has); the link is then used up.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public String activate(String token, String password) {
        ActivationToken activation = usableToken(token).orElseThrow(ActivationLinkInvalidException::new);
        UserAccount account = accounts.findById(activation.getAccountId()).orElseThrow(ActivationLinkInvalidException::new);
        PasswordRules.problem(password, secondFactors.hasSecondFactor(account), account.getUsername(), account.getDisplayName()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        activation.use(Instant.now(clock));
        if (activation.getPurpose() == ActivationToken.Purpose.PASSWORD_RESET) {
            account.changePasswordHash(passwordEncoder.encode(password));
            account.signInSucceeded();
            sessions.endAll(account.getId(), account.getUsername(), "password_reset");
            SecurityLog.event("password_reset", "account", account.getUsername());
            events.publishEvent(AccountActivity.ofOwn(account.getUsername(), account.getDisplayName(), account.getRole(),
                    AuditAction.AccountChange.Kind.PASSWORD_RESET, clock.instant()));
        } else {
            account.activate(passwordEncoder.encode(password));
        }
        return account.getUsername();
    }

    /**
     * The practice manager's one-time reset link for a staff or client account that has forgotten its password
     * (there is no mail or SMS to send one). Earlier links stop working, and the account's sessions end at once:
     * whoever is signed in with the old password is signed out. The manager hands the link over in person or
     * through a channel only its owner uses.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ActivationLink issuePasswordReset(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        if (account.getId() == currentUser.accountId()) {
            throw new IllegalArgumentException("Change your own password on the Sign-in and security page");
        }
        if (account.isPendingActivation()) {
            throw new IllegalStateException("This account has no password yet: give a new activation link instead");
        }
        Instant now = Instant.now(clock);
        activationTokens.findByAccountId(accountId).forEach(t -> t.revoke(now));
        ActivationLink link = issueLink(account, ActivationToken.Purpose.PASSWORD_RESET, RESET_VALID_FOR);
        changed(account, AuditAction.AccountChange.Kind.PASSWORD_RESET_ISSUED, "manager");
        sessions.endAll(account.getId(), account.getUsername(), "password_reset_issued");
        return link;
    }

    /**
     * The signed-in person replaces their own password. The current one is asked for so that an unattended,
     * signed-in screen is not enough to take the account over.
     *
     * @throws WrongCurrentPasswordException when the current password does not match
     * @throws IllegalArgumentException with the reason, when the new password breaks {@link PasswordRules}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.accountId())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No such account"));
        if (currentPassword == null || currentPassword.isEmpty()
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new WrongCurrentPasswordException();
        }
        PasswordRules.problem(newPassword, secondFactors.hasSecondFactor(account), account.getUsername(), account.getDisplayName()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        // Whoever else is signed in as this person (perhaps with the old password) is signed out; this device stays.
        sessions.endOthers(account.getId(), account.getUsername(), "password_change");
    }

    /** Whether an account is a clinician's, for assigning clients. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean isClinician(long accountId) {
        return accounts.findById(accountId).map(a -> a.getRole() == Role.CLINICIAN && a.isEnabled()).orElse(false);
    }

    /** Every clinician, for the practice manager's assignment choices. */
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.List<AccountSummary> clinicians() {
        return accounts.findByRoleOrderByDisplayName(Role.CLINICIAN).stream().map(a -> AccountSummary.of(a, clock.instant())).toList();
    }

    private void requireManaged(long accountId) {
        ClientAccountGuard check = guard.getIfAvailable();
        if (check == null || !check.mayManage(accountId)) {
            throw new org.springframework.security.access.AccessDeniedException("No access to account " + accountId);
        }
    }

    private ActivationLink issueActivationLink(UserAccount account) {
        return issueLink(account, ActivationToken.Purpose.ACTIVATION, ACTIVATION_VALID_FOR);
    }

    private ActivationLink issueLink(UserAccount account, ActivationToken.Purpose purpose, Duration validFor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        ActivationToken saved = activationTokens.save(
                new ActivationToken(account.getId(), sha256(token), now, now.plus(validFor), purpose));
        return new ActivationLink(account.getId(), token, saved.getExpiresAt(),
                purpose == ActivationToken.Purpose.PASSWORD_RESET);
    }

    private Optional<ActivationToken> usableToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return activationTokens.findByTokenHash(sha256(token)).filter(t -> t.usableAt(now));
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Display name of an account, for clinicians' and managers' pages and reports. */
    @PreAuthorize("hasAnyRole('CLINICIAN', 'ADMIN')")
    public Optional<String> displayName(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getDisplayName);
    }

    /** The practice manager lifts a lock from guessing before it runs out; recorded as the manager's act. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        account.signInSucceeded();
        changed(account, AuditAction.AccountChange.Kind.ACCOUNT_UNLOCKED, "manager");
    }

    /** The practice manager turns an account's sign-in off; nothing it holds or wrote is touched. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void disable(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        if (account.getId() == currentUser.accountId()) {
            throw new IllegalArgumentException("You cannot disable your own account");
        }
        account.setDisabled(true);
        changed(account, AuditAction.AccountChange.Kind.ACCOUNT_DISABLED, "manager");
        sessions.endAll(account.getId(), account.getUsername(), "disabled");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void enable(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        account.setDisabled(false);
        changed(account, AuditAction.AccountChange.Kind.ACCOUNT_ENABLED, "manager");
    }

    /**
     * A client's discharge ends their sign-in; their data stays. Called by the clients module, which knows the
     * discharge; only for a client account the caller may manage (their own client's).
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public void endSignInForDischarge(long accountId) {
        requireManaged(accountId);
        UserAccount account = accounts.findById(accountId).orElseThrow();
        account.setDischarged(true);
        changed(account, AuditAction.AccountChange.Kind.ACCOUNT_DISABLED, "discharge");
        sessions.endAll(account.getId(), account.getUsername(), "discharge");
    }

    /** Reopening a client brings their sign-in back (unless the manager has disabled the account). */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public void restoreSignInOnReopen(long accountId) {
        requireManaged(accountId);
        UserAccount account = accounts.findById(accountId).orElseThrow();
        account.setDischarged(false);
        changed(account, AuditAction.AccountChange.Kind.ACCOUNT_ENABLED, "reopen");
    }

    private void changed(UserAccount account, AuditAction.AccountChange.Kind kind, String cause) {
        SignedInUser by = currentUser.require();
        // The log's event name is the audit kind's, in the log's lower case: one name for one act in both
        SecurityLog.event(kind.name().toLowerCase(Locale.ROOT), "account", account.getUsername(), "by", by.getUsername(),
                "cause", cause);
        events.publishEvent(new AccountActivity(by.getUsername(), by.displayName(), by.role(),
                new AuditAction.AccountChange(kind, account.getUsername()), null, clock.instant()));
    }

    public record AccountSummary(long id, String username, String displayName, Role role, boolean enabled,
            Instant createdAt, boolean awaitingActivation, boolean locked, boolean disabled, boolean discharged) {

        static AccountSummary of(UserAccount a, Instant now) {
            return new AccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.isEnabled(),
                    a.getCreatedAt(), a.isPendingActivation(), a.isLockedAt(now), a.isDisabled(), a.isDischarged());
        }

        /** What the practice manager reads: an invited account that has no password yet is not "disabled". */
        public String status() {
            return awaitingActivation ? "Awaiting activation" : disabled || !enabled ? "Disabled"
                    : discharged ? "Discharged" : locked ? "Locked" : "Active";
        }
    }
}
