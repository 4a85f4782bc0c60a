package org.holdfast.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Step-up: a sensitive act needs a factor used within the last {@link #VALID_FOR} (the password typed again, an
 * authenticator-app code, a recovery code or a passkey). Decided by Spring Security's
 * {@link AllRequiredFactorsAuthorizationManager} with a valid duration on each {@code RequiredFactor}, on the
 * portal's clock; services call {@link #require()} first, and the page turns the refusal into a small dialog that
 * calls {@link #withPassword} or {@link #withCode} and then tries again.
 */
@Service
public class StepUp {

    public static final Duration VALID_FOR = Duration.ofMinutes(5);

    private final AuthorizationManager<Object> recent;
    private final ObjectProvider<AuthenticationConfiguration> authentication;
    private final SecondFactorCodes codes;
    private final SessionFactors session;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StepUp(ObjectProvider<AuthenticationConfiguration> authentication, SecondFactorCodes codes,
            SessionFactors session, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.authentication = authentication;
        this.codes = codes;
        this.session = session;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.recent = AllRequiredFactorsAuthorizationManager.anyOf(
                recently(FactorGrantedAuthority.PASSWORD_AUTHORITY), recently(FactorGrantedAuthority.WEBAUTHN_AUTHORITY),
                recently(SecondFactors.TOTP_AUTHORITY), recently(SecondFactors.RECOVERY_CODE_AUTHORITY));
    }

    private AllRequiredFactorsAuthorizationManager<Object> recently(String factor) {
        AllRequiredFactorsAuthorizationManager<Object> manager = AllRequiredFactorsAuthorizationManager.builder()
                .requireFactor(required -> required.authority(factor).validDuration(VALID_FOR)).build();
        manager.setClock(clock);
        return manager;
    }

    /** Whether the signed-in person used a factor within {@link #VALID_FOR}. */
    public boolean isRecent() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && recent.authorize(() -> current, null).isGranted();
    }

    /** @throws StepUpRequiredException when no factor was used within {@link #VALID_FOR} */
    public void require() {
        if (!isRecent()) {
            throw new StepUpRequiredException();
        }
    }

    /** The password typed again, checked by Spring Security's own password sign-in (which counts a wrong one). */
    @PreAuthorize("isAuthenticated()")
    @BeforeSecondFactor
    public void withPassword(String password) {
        SignedInUser user = currentUser.require();
        Authentication proof;
        try {
            proof = passwordSignIn().authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(user.getUsername(), password == null ? "" : password));
        } catch (AuthenticationException wrong) {
            throw new SecondFactorCodeException("That is not your password");
        }
        session.add(proof);
        steppedUp(user, "password");
    }

    private AuthenticationManager passwordSignIn() {
        try {
            return authentication.getObject().getAuthenticationManager();
        } catch (Exception e) {
            throw new IllegalStateException("No authentication manager", e);
        }
    }

    /** An authenticator-app code or a recovery code. */
    @PreAuthorize("isAuthenticated()")
    @BeforeSecondFactor
    public void withCode(String code) {
        SignedInUser user = currentUser.require();
        session.add(SecondFactors.checked(codes, user.getUsername(), code, SecondFactorToken.Accepts.APP_OR_RECOVERY_CODE));
        steppedUp(user, "code");
    }

    private void steppedUp(SignedInUser user, String with) {
        SecurityLog.event("stepped_up", "account", user.getUsername(), "with", with.toLowerCase(Locale.ROOT));
        events.publishEvent(AccountActivity.ofOwn(user.getUsername(), user.displayName(), user.role(),
                AuditAction.AccountChange.Kind.STEPPED_UP, clock.instant()));
    }
}
