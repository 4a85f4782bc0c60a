package org.holdfast.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in. As a {@link UserDetailsPasswordService} it also lets Spring Security's
 * DaoAuthenticationProvider store a stronger hash after a successful sign-in whenever the encoder says the stored
 * one is outdated (a bcrypt hash since Argon2id became the default).
 *
 * <p>An account locked by guessing, or reached from an address locked by guessing, is handed to Spring Security
 * as not "non-locked": DaoAuthenticationProvider then refuses it before comparing the password, so the right
 * password does not get through a lock. The log-in page shows one message for every failure.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;
    private final SignInAttempts attempts;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, SignInAttempts attempts, Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip())
                .map(account -> new SignedInUser(account,
                        !account.isLockedAt(clock.instant()) && !attempts.isCurrentAddressLocked()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that username"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        UserAccount account = accounts.findByUsernameIgnoreCase(user.getUsername())
                .orElseThrow(() -> new UsernameNotFoundException("No account for that username"));
        account.changePasswordHash(newPasswordHash);
        return new SignedInUser(accounts.save(account));
    }
}
