package org.holdfast.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Adds a factor just proven (a code, a passkey, the password typed again) to the signed-in person's authentication,
 * as Spring Security 7's authentication filters do for a second factor: the new result's factor authorities join the
 * existing authentication of the same user, a factor of the same kind replacing the older one (so its time of issue
 * is the latest). The session then gets a new id, as at sign-in, and the context is saved to it.
 */
@Component
class SessionFactors {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final ChangeSessionIdAuthenticationStrategy newSessionId = new ChangeSessionIdAuthenticationStrategy();

    void add(Authentication proof) {
        // Looked up on each call: Vaadin installs its own strategy once the application has started.
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        Authentication current = holder.getContext().getAuthentication();
        if (current == null || !current.isAuthenticated() || !current.getName().equals(proof.getName())) {
            throw new AccessDeniedException("The proof is for another account than the one signed in");
        }
        Set<String> proven = proof.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance)
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Authentication merged = current.toBuilder().authorities(authorities -> {
            authorities.removeIf(a -> proven.contains(a.getAuthority()));
            proof.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance).forEach(authorities::add);
        }).build();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(merged);
        holder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            newSessionId.onAuthentication(merged, request.getRequest(), request.getResponse());
            repository.saveContext(context, request.getRequest(), request.getResponse());
        }
    }
}
