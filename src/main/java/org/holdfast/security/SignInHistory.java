package org.holdfast.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Each account's recent sign-ins and failed attempts, so that its owner can tell whether someone else signed in
 * or tried to: a client who shares a phone or a laptop with the person they left needs to know. Written from
 * Spring Security's authentication events, beside {@link SignInAttempts} (which answers guessing); only attempts
 * on an existing account are kept, with the browser and a coarse network, and only the last
 * {@link #KEPT_PER_ACCOUNT} within {@link #KEPT_FOR}.
 */
@Service
@Transactional(readOnly = true)
public class SignInHistory {

    static final int KEPT_PER_ACCOUNT = 50;
    static final Duration KEPT_FOR = Duration.ofDays(90);

    private final SignInEventRepository events;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    SignInHistory(SignInEventRepository events, UserAccountRepository accounts, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The sign-in before the current one, and how many attempts failed in between (for the notice after sign-in). */
    public record PreviousSignIn(SignInRecord signIn, int failuresSince) {
    }

    /** The signed-in person's recent sign-ins and failed attempts, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<SignInRecord> recent(int limit) {
        return events.findByAccountIdOrderByOccurredAtDescIdDesc(currentUser.accountId(),
                PageRequest.of(0, Math.clamp(limit, 1, KEPT_PER_ACCOUNT))).stream().map(SignInEvent::record).toList();
    }

    /** The person's sign-in before this one, if there was one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<PreviousSignIn> beforeThisOne() {
        List<SignInRecord> recent = recent(KEPT_PER_ACCOUNT);
        int failures = 0;
        boolean pastCurrent = false;
        for (SignInRecord record : recent) {
            if (record.outcome() == SignInRecord.Outcome.SIGNED_IN) {
                if (pastCurrent) {
                    return Optional.of(new PreviousSignIn(record, failures));
                }
                pastCurrent = true;
            } else if (pastCurrent) {
                failures++;
            }
        }
        return Optional.empty();
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            record(user.accountId(), SignInRecord.Outcome.SIGNED_IN, success.getAuthentication());
        }
    }

    @EventListener
    @Transactional
    void on(AbstractAuthenticationFailureEvent failure) {
        String typed = failure.getAuthentication().getName();
        if (typed == null || typed.isBlank() || typed.length() > UserAccount.USERNAME_MAX) {
            return;
        }
        accounts.findByUsernameIgnoreCase(typed.strip()).ifPresent(account -> record(account.getId(),
                failure instanceof AuthenticationFailureBadCredentialsEvent ? SignInRecord.Outcome.WRONG_PASSWORD
                        : SignInRecord.Outcome.REFUSED,
                failure.getAuthentication()));
    }

    private void record(long accountId, SignInRecord.Outcome outcome, Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : null;
        String userAgent = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getHeader("User-Agent")
                : null;
        events.save(new SignInEvent(accountId, clock.instant(), outcome, DeviceNames.browser(userAgent),
                DeviceNames.place(address)));
        events.deleteOlderThan(accountId, clock.instant().minus(KEPT_FOR));
        List<SignInEvent> beyond = events.findByAccountIdOrderByOccurredAtDescIdDesc(accountId,
                PageRequest.of(1, KEPT_PER_ACCOUNT));
        events.deleteAll(beyond);
    }
}
