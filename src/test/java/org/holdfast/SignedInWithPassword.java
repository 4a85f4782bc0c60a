package org.holdfast;

import java.time.Instant;

import org.springframework.core.Ordered;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * A test identity ({@code @WithUserDetails}, {@link TestUsers#as}) stands for someone who has just signed in with
 * their password, as the log-in form makes them: with Spring Security's password factor, issued now. Without it
 * every step-up check (break-glass, evidence and caseload PDFs) would refuse them. A second factor is never added
 * here: the tests of the staff factor rule sign in for real. Registered in META-INF/spring.factories, after Spring
 * Security's own listener has put the identity in place.
 */
public class SignedInWithPassword implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        addPasswordFactor();
    }

    @Override
    public void beforeTestExecution(TestContext testContext) {
        addPasswordFactor();
    }

    static void addPasswordFactor() {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication current = context.getAuthentication();
        if (current instanceof UsernamePasswordAuthenticationToken token && current.getAuthorities().stream()
                .noneMatch(FactorGrantedAuthority.class::isInstance)) {
            context.setAuthentication(withPasswordFactor(token));
        }
    }

    static Authentication withPasswordFactor(Authentication token) {
        return token.toBuilder().authorities(a -> a.add(FactorGrantedAuthority
                .withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(Instant.now()).build())).build();
    }

    @Override
    public int getOrder() {
        // Spring Security's WithSecurityContextTestExecutionListener is 10000.
        return 10_500;
    }
}
