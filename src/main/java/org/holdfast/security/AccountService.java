package org.holdfast.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Practice managers see every account, but never clinical content. */
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<AccountSummary> list(Pageable pageable) {
        return accounts.findAllBy(pageable).map(AccountSummary::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary create(String username, String rawPassword, String displayName, Role role) {
        if (accounts.findByUsernameIgnoreCase(username).isPresent()) {
            throw new IllegalArgumentException("An account with that username already exists");
        }
        UserAccount account = new UserAccount(username.strip(), passwordEncoder.encode(rawPassword), displayName.strip(),
                role, Instant.now(clock));
        return AccountSummary.of(accounts.save(account));
    }

    /** Display name of any account; names are not clinical content. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> displayName(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getDisplayName);
    }

    public record AccountSummary(long id, String username, String displayName, Role role, boolean enabled,
            Instant createdAt) {

        static AccountSummary of(UserAccount a) {
            return new AccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.isEnabled(),
                    a.getCreatedAt());
        }
    }
}
