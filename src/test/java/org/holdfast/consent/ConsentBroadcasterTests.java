package org.holdfast.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.holdfast.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Open pages hear of a client's consent change, only of their client's, and only once it is committed. */
@DatabaseTest
class ConsentBroadcasterTests {

    @Autowired
    ConsentBroadcaster broadcaster;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSubscriberHearsOnlyOfItsOwnClientAndNothingOnceUnsubscribed() {
        ConsentBroadcaster direct = new ConsentBroadcaster(Runnable::run);
        List<ConsentChanged> heard = new ArrayList<>();
        Runnable unsubscribe = direct.subscribe(5, heard::add);

        direct.on(change(5));
        direct.on(change(6));
        unsubscribe.run();
        direct.on(change(5));

        assertThat(heard).extracting(ConsentChanged::clientId).containsExactly(5L);
        assertThat(direct.subscribers(5)).isZero();
    }

    @Test
    void theChangeIsDeliveredAfterItCommitsNotBefore() throws InterruptedException {
        long client = -42; // no such client: only this test listens
        CountDownLatch heard = new CountDownLatch(1);
        Runnable unsubscribe = broadcaster.subscribe(client, change -> heard.countDown());
        try {
            transactions.executeWithoutResult(status -> {
                events.publishEvent(change(client));
                assertThat(heard.getCount()).as("not before the commit").isOne();
            });
            assertThat(heard.await(10, TimeUnit.SECONDS)).as("after the commit").isTrue();
        } finally {
            unsubscribe.run();
        }
    }

    private static ConsentChanged change(long clientId) {
        return new ConsentChanged(clientId, SharingLevel.EVERYTHING, SharingLevel.NUMBERS_ONLY, false, Instant.now());
    }
}
