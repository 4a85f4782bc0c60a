package org.holdfast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

/**
 * Spring's and Spring Security's log lines at levels that are off cost nothing: commons-logging is set (in
 * commons-logging.properties) to an adapter that asks whether a level is on before it renders the message.
 */
class LazyLogMessagesTests {

    @Test
    void aMessageAtALevelThatIsOffIsNeverRendered() {
        Log log = LogFactory.getLog(LazyLogMessagesTests.class);
        AtomicInteger rendered = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                return "rendered " + rendered.incrementAndGet();
            }
        };

        assertThat(log.isTraceEnabled()).isFalse();
        log.trace(message);

        assertThat(rendered).hasValue(0);
    }

    @Test
    void aMessageAtALevelThatIsOnStillReachesTheLog() {
        Log log = LogFactory.getLog(LazyLogMessagesTests.class);
        AtomicInteger rendered = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                return "rendered " + rendered.incrementAndGet();
            }
        };

        log.warn(message);

        assertThat(rendered).hasPositiveValue();
    }
}
