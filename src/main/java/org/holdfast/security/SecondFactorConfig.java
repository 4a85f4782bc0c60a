package org.holdfast.security;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;

/**
 * Method security's role checks with the staff factor rule added ({@link StaffFactorRule}). The web layer's checks
 * (where an unverified staff member must still reach the second-factor page) pass through it unchanged; navigation
 * is held back by the views' own listener instead ({@code SecondFactorGate}).
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfig {

    @Bean
    @SuppressWarnings({ "unchecked", "rawtypes" })
    AuthorizationManagerFactory<MethodInvocation> methodAuthorizationManagerFactory(SecondFactorSettings settings) {
        // Typed for method invocations, which is what method security asks for; the rule takes any object,
        // because the web layer is handed the same factory and its checks must pass through unchanged.
        DefaultAuthorizationManagerFactory factory = new DefaultAuthorizationManagerFactory<>();
        factory.setAdditionalAuthorization(new StaffFactorRule(settings));
        return factory;
    }
}
