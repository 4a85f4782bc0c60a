package org.holdfast.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.holdfast.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A read is answered again only where it could not differ: within one read-only transaction. */
@DatabaseTest
class TransactionScopeTests {

    private record Key(String name) {
    }

    @Autowired
    PlatformTransactionManager transactions;

    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aReadOnlyTransactionReadsOnceForEqualKeys() {
        int[] answers = readOnly().execute(status -> new int[] { read("a"), read("a"), read("b") });

        assertThat(answers).containsExactly(1, 1, 2);
    }

    @Test
    void aTransactionThatMayWriteReadsEachTime() {
        int[] answers = new TransactionTemplate(transactions).execute(status -> new int[] { read("a"), read("a") });

        assertThat(answers).containsExactly(1, 2);
    }

    @Test
    void readOnlyWithoutATransactionReadsEachTime() {
        TransactionTemplate noTransaction = readOnly();
        noTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);

        int[] answers = noTransaction.execute(status -> new int[] { read("a"), read("a") });

        assertThat(answers).containsExactly(1, 2);
    }

    @Test
    void nothingIsKeptOutsideATransactionNorAfterItEnds() {
        assertThat(read("a")).isEqualTo(1);
        assertThat(read("a")).isEqualTo(2);
        readOnly().executeWithoutResult(status -> read("a"));
        Integer afterwards = readOnly().execute(status -> read("a"));

        assertThat(afterwards).isEqualTo(4);
    }

    @Test
    void aTransactionStartedInsideSeesNoneOfTheOuterReads() {
        TransactionTemplate inner = readOnly();
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        int[] answers = readOnly().execute(status -> new int[] { read("a"), inner.execute(s -> read("a")), read("a") });

        assertThat(answers).containsExactly(1, 2, 1);
    }

    private int read(String key) {
        return TransactionScope.readOnce(new Key(key), reads::incrementAndGet);
    }

    private TransactionTemplate readOnly() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }
}
