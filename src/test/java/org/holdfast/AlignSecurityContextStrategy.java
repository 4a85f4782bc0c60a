package org.holdfast;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own SecurityContextHolderStrategy per application context, each with its own
 * thread-local. With several cached test contexts in one JVM, the static holder would point at the
 * newest context's strategy while the services of an older one read theirs. Before each test this
 * points the static holder back at the strategy of the context the test runs in. Registered in
 * META-INF/spring.factories; production has one context and needs none of this.
 */
public class AlignSecurityContextStrategy implements TestExecutionListener, Ordered {

    /** Also before {@code @BeforeAll} methods of per-class test instances. */
    @Override
    public void prepareTestInstance(TestContext testContext) {
        beforeTestMethod(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
