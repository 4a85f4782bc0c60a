package org.holdfast.security;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;

/**
 * Method security's role checks with the staff factor rule added ({@link StaffFactorRule}). Typed for method
 * invocations only, so the web layer's checks (where an unverified staff member must still reach the second-factor
 * page) keep Spring's plain factory; navigation is held back by the views' own listener instead.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfig {

    @Bean
    AuthorizationManagerFactory<MethodInvocation> methodAuthorizationManagerFactory(SecondFactorSettings settings) {
        DefaultAuthorizationManagerFactory<MethodInvocation> factory = new DefaultAuthorizationManagerFactory<>();
        factory.setAdditionalAuthorization(new StaffFactorRule(settings));
        return factory;
    }
}
