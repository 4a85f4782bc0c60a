package org.holdfast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Spring's and Spring Security's log lines at levels that are off cost nothing: commons-logging is set (in
 * commons-logging.properties) to an adapter that asks whether a level is on before it renders the message.
 */
class LazyLogMessagesTests {

    private final Log log = LogFactory.getLog(LazyLogMessagesTests.class);

    private final AtomicInteger rendered = new AtomicInteger();

    private final Object message = new Object() {
        @Override
        public String toString() {
            return "rendered " + rendered.incrementAndGet();
        }
    };

    @Test
    void aMessageAtALevelThatIsOffIsNeverRendered() {
        assertThat(log.isTraceEnabled()).isFalse();
        log.trace(message);

        assertThat(rendered).hasValue(0);
    }

    @Test
    void aMessageAtALevelThatIsOnStillReachesLogback() {
        Logger logback = (Logger) LoggerFactory.getLogger(LazyLogMessagesTests.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logback.addAppender(lines);
        try {
            log.warn(message);
        } finally {
            logback.detachAppender(lines);
        }

        assertThat(lines.list).singleElement()
                .satisfies(line -> assertThat(line.getFormattedMessage()).startsWith("rendered "));
    }
}
