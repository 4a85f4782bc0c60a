package org.holdfast.reports;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Renders reports off the request thread (and off Vaadin's UI lock), at most {@code concurrent} at a
 * time, with a short queue behind them ({@link ReportSettings}): a rush of clicks waits or is told to try
 * again instead of starving the server. The requester's security context goes with the work, so the report services'
 * own access checks and audit run as the person who asked.
 */
@Component
public class ReportQueue {

    private final ThreadPoolExecutor executor;

    ReportQueue(ReportSettings settings) {
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(settings.concurrent(), settings.concurrent(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.waiting()), r -> {
                    Thread thread = new Thread(r, "report-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Starts rendering; the future completes with the file or with the render's exception. A full
     * queue completes it at once with {@link ReportsBusyException}.
     */
    public CompletableFuture<ReportFile> submit(Supplier<ReportFile> render) {
        CompletableFuture<ReportFile> result = new CompletableFuture<>();
        Runnable work = () -> {
            try {
                result.complete(render.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        };
        try {
            executor.execute(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException full) {
            result.completeExceptionally(new ReportsBusyException());
        }
        return result;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Every render slot and queue place is taken. */
    public static class ReportsBusyException extends RuntimeException {
        ReportsBusyException() {
            super("Several reports are being prepared right now. Try again in a minute.");
        }
    }
}
