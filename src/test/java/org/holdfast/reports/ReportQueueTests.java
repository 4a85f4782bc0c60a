package org.holdfast.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class ReportQueueTests {

    final ReportQueue queue = new ReportQueue(new ReportSettings(2, 1));

    @AfterEach
    void stop() {
        queue.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void noMoreThanTheCapRenderAtOnceAndAFullQueueSaysSoAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        java.util.function.Supplier<ReportFile> slow = () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return new ReportFile("a.pdf", new byte[] { 1 });
        };
        CompletableFuture<ReportFile> first = queue.submit(slow);
        CompletableFuture<ReportFile> second = queue.submit(slow);
        CompletableFuture<ReportFile> waiting = queue.submit(slow);
        CompletableFuture<ReportFile> refused = queue.submit(slow);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (running.get() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(refused).isCompletedExceptionally();
        assertThat(refused.exceptionNow()).isInstanceOf(ReportQueue.ReportsBusyException.class);
        release.countDown();
        CompletableFuture.allOf(first, second, waiting).get(5, TimeUnit.SECONDS);
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void theRenderRunsAsThePersonWhoAsked() throws ExecutionException, InterruptedException {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("elena", null, "ROLE_CLINICIAN"));
        AtomicReference<String> renderThread = new AtomicReference<>();
        ReportFile file = queue.submit(() -> {
            renderThread.set(Thread.currentThread().getName());
            return new ReportFile(SecurityContextHolder.getContext().getAuthentication().getName() + ".pdf", new byte[0]);
        }).get();
        assertThat(file.fileName()).isEqualTo("elena.pdf");
        // On one of the queue's own threads, not the caller's (which holds Vaadin's UI lock in the app)
        assertThat(renderThread.get()).startsWith("report-").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aFailedRenderCompletesWithItsException() {
        CompletableFuture<ReportFile> failed = queue.submit(() -> {
            throw new IllegalStateException("broken template");
        });
        assertThat(failed).failsWithin(5, TimeUnit.SECONDS).withThrowableThat().havingCause()
                .withMessage("broken template");
    }
}
