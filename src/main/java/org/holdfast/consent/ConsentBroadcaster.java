package org.holdfast.consent;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells pages that are open on a client's content that the client changed what they share, so that a
 * clinician's open page stops showing what was revoked without waiting for a reload (consent applies at
 * once). Open pages subscribe while attached and turn on push for themselves, which delivers their update.
 *
 * <p>Delivered after the change commits, so a page that reloads reads the new consent, and on a thread of
 * its own, so the client's save never waits for anyone's page. A subscriber must do its work under its own
 * UI's lock ({@code ui.access}), where the security context is that page's user, never the client's.
 */
@Component
public class ConsentBroadcaster {

    private final Executor executor;
    private final Map<Long, List<Consumer<ConsentChanged>>> listeners = new ConcurrentHashMap<>();

    ConsentBroadcaster() {
        this(Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "consent-broadcast");
            thread.setDaemon(true);
            return thread;
        }));
    }

    ConsentBroadcaster(Executor executor) {
        this.executor = executor;
    }

    /** Calls {@code listener} on every change of this client's consent until the returned action is run. */
    public Runnable subscribe(long clientId, Consumer<ConsentChanged> listener) {
        listeners.computeIfAbsent(clientId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(clientId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ConsentChanged change) {
        listeners.getOrDefault(change.clientId(), List.of()).forEach(l -> executor.execute(() -> l.accept(change)));
    }

    /** How many open pages follow this client's consent (pages unsubscribe when they close). */
    public int subscribers(long clientId) {
        return listeners.getOrDefault(clientId, List.of()).size();
    }
}
