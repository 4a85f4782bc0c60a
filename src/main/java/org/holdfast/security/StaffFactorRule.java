package org.holdfast.security;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factor rule that method security adds to every role check ({@code hasRole}, {@code hasAnyRole},
 * {@code isAuthenticated()}; not {@code permitAll()}): under {@code staff-second-factor=required}, a practice
 * manager or clinician must have signed in with a passkey (multi-factor on its own), or with a password and then
 * an authenticator-app code or a recovery code. Clients are never held to it, nor are methods marked
 * {@link BeforeSecondFactor}. Spring Security's own {@link AllRequiredFactorsAuthorizationManager} decides from the
 * {@link FactorGrantedAuthority factor authorities} that each sign-in step added to the authentication.
 */
class StaffFactorRule implements AuthorizationManager<Object> {

    private static final AuthorizationDecision NOT_CONCERNED = new AuthorizationDecision(true);
    // Every secured service call asks; looking the annotation up each time was a few per cent of a caseload page.
    private static final Map<Method, Boolean> MARKED_METHODS = new ConcurrentHashMap<>();
    private static final ClassValue<Boolean> MARKED_CLASSES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return AnnotatedElementUtils.hasAnnotation(type, BeforeSecondFactor.class);
        }
    };

    private final SecondFactorSettings settings;
    private static final AuthorizationManager<Object> VERIFIED = AllRequiredFactorsAuthorizationManager.anyOf(
            AllRequiredFactorsAuthorizationManager.<Object>builder()
                    .requireFactor(factor -> factor.webauthnAuthority()).build(),
            AllRequiredFactorsAuthorizationManager.<Object>builder()
                    .requireFactor(factor -> factor.passwordAuthority())
                    .requireFactor(factor -> factor.authority(SecondFactors.TOTP_AUTHORITY)).build(),
            AllRequiredFactorsAuthorizationManager.<Object>builder()
                    .requireFactor(factor -> factor.passwordAuthority())
                    .requireFactor(factor -> factor.authority(SecondFactors.RECOVERY_CODE_AUTHORITY)).build());

    StaffFactorRule(SecondFactorSettings settings) {
        this.settings = settings;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object secured) {
        // Spring's web configuration finds this factory too (it looks it up without its type argument): requests
        // are not this rule's business, since the second-factor page itself must stay reachable.
        if (!(secured instanceof MethodInvocation invocation) || !settings.requiredForStaff() || exempt(invocation)
                || !isStaff(authentication.get())) {
            return NOT_CONCERNED;
        }
        return VERIFIED.authorize(authentication, invocation);
    }

    /** A passkey sign-in, or a password and then an app or recovery code, in this authentication. */
    static boolean isVerified(Authentication authentication) {
        return authentication != null && VERIFIED.authorize(() -> authentication, null).isGranted();
    }

    static boolean isStaff(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority())
                        || a.getAuthority().equals(Role.CLINICIAN.authority()));
    }

    private static boolean exempt(MethodInvocation invocation) {
        return invocation != null && (MARKED_METHODS.computeIfAbsent(invocation.getMethod(),
                method -> AnnotatedElementUtils.hasAnnotation(method, BeforeSecondFactor.class))
                || invocation.getThis() != null && MARKED_CLASSES.get(AopUtils.getTargetClass(invocation.getThis())));
    }
}
