package org.holdfast.security;

import java.time.Instant;

/**
 * Published when an account's sign-in changes or is tried and fails; the audit module records it. A failure
 * with a username that no account has carries no username at all (actor {@link #UNKNOWN_ACCOUNT}, account
 * null): what is typed into the username box is sometimes a password, and a hash of it would be no better,
 * since a short guessable text is found again from its hash by guessing. The address is kept instead: that
 * is what a practice needs to see a spray of guesses.
 *
 * @param actor     who did it: the account signing in, or the manager who unlocked
 * @param actorRole null for an unknown account
 * @param address   the source address of a sign-in attempt; null for a manager's action
 */
public record AccountActivity(String actor, String actorName, Role actorRole, AuditAction.AccountChange action,
        String address, Instant at) {

    public static final String UNKNOWN_ACCOUNT = "(no such account)";

    /** A person's act on their own account (a factor added, a step-up, a reset): actor and account are one. */
    static AccountActivity ofOwn(String username, String displayName, Role role, AuditAction.AccountChange.Kind kind,
            Instant at) {
        return new AccountActivity(username, displayName, role, new AuditAction.AccountChange(kind, username), null, at);
    }
}
