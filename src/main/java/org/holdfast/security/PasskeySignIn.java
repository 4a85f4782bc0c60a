package org.holdfast.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs in with a passkey through Spring Security's WebAuthn relying party, which checks the signature, the
 * origin and the challenge. Spring's own provider stops there: it would let a disabled, discharged or locked
 * account in, and it leaves a WebAuthn user entity as the principal where every service expects the signed-in
 * account. This one loads the account as password sign-in does, refuses it on the same grounds, and grants the
 * account's authorities plus the WebAuthn factor.
 */
class PasskeySignIn implements AuthenticationProvider {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final UserDetailsService accounts;
    private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

    PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService accounts) {
        this.relyingParty = relyingParty;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
        // Spring's WebAuthn filter gives the attempt no details; the address is what the lock-out counts by.
        if (request.getDetails() == null
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            request.setDetails(new WebAuthenticationDetails(servlet.getRequest()));
        }
        PublicKeyCredentialUserEntity owner;
        try {
            owner = relyingParty.authenticate(request.getWebAuthnRequest());
        } catch (RuntimeException refused) {
            // Another site's passkey, a replayed challenge, a forged signature: one answer for all of them.
            throw new BadCredentialsException("The passkey was not accepted", refused);
        }
        UserDetails account = accounts.loadUserByUsername(owner.getName());
        status.check(account);
        List<GrantedAuthority> authorities = new ArrayList<>(account.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(account, null,
                authorities);
        signedIn.setDetails(request.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
