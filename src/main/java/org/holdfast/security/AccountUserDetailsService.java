package org.holdfast.security;

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
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip())
                .map(SignedInUser::new)
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
