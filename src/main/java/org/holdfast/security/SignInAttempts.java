package org.holdfast.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Answers password guessing from Spring Security's own authentication events, per account and per source address.
 *
 * <p>Per account, in the database (so a restart gives no fresh guesses): after each failure the account refuses
 * sign-in for a growing delay (none for the first two, then 1 s, 2 s, 4 s ...) and, at
 * {@link LockoutSettings#failuresBeforeLock()} failures in a row, for {@link LockoutSettings#lockMinutes()}. The
 * delay is a refusal of attempts that come too soon, not a sleep: a sleeping request thread would let an
 * attacker tie up the server's threads with cheap requests. An attempt during a delay or lock is refused with
 * the same message as a wrong password and does not count again. After a lock runs out, the next failure locks
 * again at once; a success or the manager's unlock starts the count afresh.
 *
 * <p>Per address, in memory, so that one address cannot spray guesses over many usernames (including ones no
 * account has): at {@link LockoutSettings#addressFailures()} failures within the lock time, every sign-in from it
 * is refused until the lock time has passed since its last failure. In memory because it is a brake, not a
 * record (the audit trail is the record), because it must also count usernames with no account row, and because
 * the portal runs on one node; the map is bounded (oldest address dropped first) so a flood of addresses cannot
 * grow it without limit. A second node would need this in the database.
 */
@Component
class SignInAttempts {

    static final int MAX_ADDRESSES = 10_000;
    private static final int FREE_FAILURES = 2;

    private final UserAccountRepository accounts;
    private final LockoutSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, AddressFailures> addresses = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AddressFailures> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    SignInAttempts(UserAccountRepository accounts, LockoutSettings settings, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    private record AddressFailures(int count, Instant last) {
    }

    /** Whether the request being handled comes from an address locked by guessing; false outside a request. */
    boolean isCurrentAddressLocked() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return false;
        }
        return isLocked(request.getRequest().getRemoteAddr());
    }

    synchronized boolean isLocked(String address) {
        AddressFailures failures = addresses.get(address);
        return failures != null && failures.count() >= settings.addressFailures()
                && failures.last().plus(lockTime()).isAfter(clock.instant());
    }

    @EventListener
    @Transactional
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        String address = address(failure.getAuthentication());
        countFor(address);
        Optional<UserAccount> known = accounts.findByUsernameIgnoreCase(typedUsername(failure.getAuthentication()));
        if (known.isEmpty()) {
            SecurityLog.event("sign_in_failed", "account", "unknown", "address", address);
            publish(AccountActivity.UNKNOWN_ACCOUNT, null, null, AuditAction.AccountChange.Kind.SIGN_IN_FAILED, null,
                    address);
            return;
        }
        UserAccount account = known.get();
        Instant now = clock.instant();
        int failures = account.getFailedSignIns() + 1;
        boolean locks = failures >= settings.failuresBeforeLock();
        account.signInFailed(now.plus(locks ? lockTime() : delayAfter(failures)));
        // A wrong second-factor or recovery code is a guess like a wrong password, under its own name.
        boolean code = failure.getAuthentication() instanceof SecondFactorToken;
        SecurityLog.event(code ? "second_factor_failed" : "sign_in_failed", "account", account.getUsername(), "address",
                address, "failures", failures);
        publish(account, code ? AuditAction.AccountChange.Kind.SECOND_FACTOR_FAILED
                : AuditAction.AccountChange.Kind.SIGN_IN_FAILED, address);
        if (locks) {
            SecurityLog.event("account_locked", "account", account.getUsername(), "address", address, "minutes",
                    settings.lockMinutes());
            publish(account, AuditAction.AccountChange.Kind.ACCOUNT_LOCKED, address);
        }
    }

    /**
     * Refused before the password was looked at (a delay or lock, a disabled or pending account): recorded and
     * logged, but not counted again, or a locked account's lock would never run out under a steady stream.
     */
    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        if (failure instanceof AuthenticationFailureBadCredentialsEvent) {
            return;
        }
        String address = address(failure.getAuthentication());
        Optional<UserAccount> known = accounts.findByUsernameIgnoreCase(typedUsername(failure.getAuthentication()));
        String reason = failure.getClass().getSimpleName().replace("AuthenticationFailure", "").replace("Event", "");
        SecurityLog.event("sign_in_refused", "account", known.map(UserAccount::getUsername).orElse("unknown"),
                "address", address, "reason", reason);
        known.ifPresent(account -> publish(account, AuditAction.AccountChange.Kind.SIGN_IN_FAILED, address));
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent success) {
        Authentication authentication = success.getAuthentication();
        if (!(authentication.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        accounts.findById(user.accountId()).ifPresent(UserAccount::signInSucceeded);
        boolean recoveryCode = hasFactor(authentication, SecondFactors.RECOVERY_CODE_AUTHORITY);
        String event = recoveryCode ? "recovery_code_used"
                : hasFactor(authentication, SecondFactors.TOTP_AUTHORITY) ? "second_factor_used" : "sign_in";
        SecurityLog.event(event, "account", user.getUsername(), "role", user.role(), "address", address(authentication));
        if (recoveryCode) {
            publish(user.getUsername(), user.displayName(), user.role(), AuditAction.AccountChange.Kind.RECOVERY_CODE_USED,
                    user.getUsername(), address(authentication));
        }
    }

    @EventListener
    void on(LogoutSuccessEvent signOut) {
        if (signOut.getAuthentication() != null) {
            SecurityLog.event("sign_out", "account", signOut.getAuthentication().getName(), "address",
                    address(signOut.getAuthentication()));
        }
    }

    /** The manager's unlock: the count starts afresh. */
    void unlock(UserAccount account) {
        account.signInSucceeded();
    }

    /** 0 for the first failures, then doubling from one second; far below the lock time. */
    static Duration delayAfter(int failures) {
        return failures <= FREE_FAILURES ? Duration.ZERO
                : Duration.ofSeconds(1L << Math.min(failures - FREE_FAILURES - 1, 10));
    }

    private Duration lockTime() {
        return Duration.ofMinutes(settings.lockMinutes());
    }

    private synchronized void countFor(String address) {
        if (address == null) {
            return;
        }
        Instant now = clock.instant();
        AddressFailures before = addresses.get(address);
        boolean stale = before == null || !before.last().plus(lockTime()).isAfter(now);
        addresses.put(address, new AddressFailures(stale ? 1 : before.count() + 1, now));
        if (!stale && before.count() + 1 == settings.addressFailures()) {
            SecurityLog.event("address_locked", "address", address, "minutes", settings.lockMinutes());
        }
    }

    private void publish(UserAccount account, AuditAction.AccountChange.Kind kind, String address) {
        publish(account.getUsername(), account.getDisplayName(), account.getRole(), kind, account.getUsername(),
                address);
    }

    private void publish(String actor, String actorName, Role role, AuditAction.AccountChange.Kind kind,
            String account, String address) {
        events.publishEvent(new AccountActivity(actor, actorName, role, new AuditAction.AccountChange(kind, account),
                address, clock.instant()));
    }

    private static boolean hasFactor(Authentication authentication, String factor) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(factor));
    }

    private static String typedUsername(Authentication authentication) {
        return authentication.getName() == null ? "" : authentication.getName().strip();
    }

    private static String address(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress()
                : null;
    }
}
