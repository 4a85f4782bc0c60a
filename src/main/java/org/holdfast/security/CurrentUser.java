package org.holdfast.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking. Services use it for row-level rules; it never trusts anything the UI passes in. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public long accountId() {
        return require().accountId();
    }

    public boolean is(Role role) {
        return find().map(u -> u.role() == role).orElse(false);
    }
}
