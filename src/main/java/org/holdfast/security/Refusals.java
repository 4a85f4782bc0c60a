package org.holdfast.security;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Refused attempts go into the audit log like reads do: whoever is signed in and is refused by a service
 * (a method their role may not call, a client not theirs) leaves an {@link AccessRefused} naming the method
 * and, when the refusal names one, the client. Only the outermost service call publishes, so one refused
 * click is one row however deep the refusal came from. Nobody signed in is not a refusal to record: that is
 * the log-in page's business.
 */
@Configuration(proxyBeanMethods = false)
class Refusals {

    /** Outside method security, so a {@code @PreAuthorize} refusal passes through here too. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusalAuditing(ObjectProvider<AccessRefusals> publisher) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true),
                new Interceptor(publisher));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static final class Interceptor implements MethodInterceptor {

        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        private final ObjectProvider<AccessRefusals> publisher;

        Interceptor(ObjectProvider<AccessRefusals> publisher) {
            this.publisher = publisher;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return invocation.proceed();
            } catch (AccessDeniedException refused) {
                if (depth[0] == 1) {
                    Long clientId = refused instanceof ClientAccessDeniedException c ? c.getClientId() : null;
                    publisher.getObject().refused(clientId, invocation.getMethod().getDeclaringClass().getSimpleName()
                            + "." + invocation.getMethod().getName());
                }
                throw refused;
            } finally {
                if (--depth[0] == 0) {
                    DEPTH.remove();
                }
            }
        }
    }
}
