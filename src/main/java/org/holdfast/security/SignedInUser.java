package org.holdfast.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal kept in the security context: carries the account id so services need no look-up. */
public class SignedInUser extends User {

    private final long accountId;
    private final String displayName;
    private final Role role;

    SignedInUser(UserAccount account) {
        this(account, true);
    }

    /** {@code nonLocked} false makes Spring's own pre-authentication checks refuse it, before any password check. */
    SignedInUser(UserAccount account, boolean nonLocked) {
        super(account.getUsername(), account.getPasswordHash(), account.maySignIn(), true, true, nonLocked,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.accountId = account.getId();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }
}
