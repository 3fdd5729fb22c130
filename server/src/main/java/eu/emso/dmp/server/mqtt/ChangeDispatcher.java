package eu.emso.dmp.server.mqtt;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.store.Change;
import eu.emso.dmp.model.store.EntityStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays committed changes from the store's transactional outbox to the broker on one thread of
 * its own, in commit order. A commit only wakes the relay (writers never wait for the broker);
 * the relay takes the recorded changes from the database, publishes them and forgets them once
 * the broker has them. While the broker is unreachable or the database is down, the changes
 * stay recorded and are published when both are back, also after a crash or restart (the relay
 * looks at least every {@value #SWEEP_MS} ms). A change may be published twice (QoS 1 allows it),
 * never lost, and one that was rolled back is never published. Thread-safe.
 */
final class ChangeDispatcher implements Consumer<List<Change>>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeDispatcher.class);
    private static final int ROWS = 50;
    static final long SWEEP_MS = 1_000;
    private volatile EntityStore store;
    private final Fanout fanout;
    private final Broker broker;
    private final Semaphore wake = new Semaphore(0);
    private final Thread worker;
    private volatile boolean running = true;
    private volatile boolean failing;

    ChangeDispatcher(Fanout fanout, Broker broker) {
        this.fanout = fanout;
        this.broker = broker;
        this.worker = new Thread(this::run, "mqtt-dispatch");
        this.worker.setDaemon(true);
    }

    /** Starts relaying {@code store}'s outbox (once the store is ready, so no sweep meets a starting server). */
    void start(EntityStore store) {
        this.store = store;
        worker.start();
    }

    /** Called by the store after a commit, on the writing thread: wakes the relay. */
    @Override
    public void accept(List<Change> changes) {
        if (!changes.isEmpty()) {
            wake.release();
        }
    }

    private void run() {
        while (running) {
            try {
                wake.tryAcquire(SWEEP_MS, TimeUnit.MILLISECONDS);
                wake.drainPermits();
                relayAll();
            } catch (InterruptedException e) {
                return;
            }
        }
        relayAll();
    }

    /** Relays until the outbox is empty or relaying fails (then the next wake-up or sweep tries again). */
    private void relayAll() {
        try {
            while (store.relayChanges(ROWS, this::publish) > 0) {
                // until nothing is left
            }
            if (failing) {
                failing = false;
                LOG.info("MQTT: notifications flow again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("MQTT: notifications wait in the outbox until the broker and the database are back: {}",
                        e.toString());
            }
        }
    }

    private void publish(List<Change> batch) {
        Subscriptions subs = broker.subscriptions();
        if (subs.idle()) {
            return;
        }
        Map<EntityType, List<Long>> ids = new LinkedHashMap<>();
        for (Change c : batch) {
            if (c.kind() != Change.Kind.DELETED) {
                ids.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c.id());
            }
        }
        Map<EntityType, Map<Long, EntityRow>> rows = new LinkedHashMap<>();
        for (Map.Entry<EntityType, List<Long>> e : ids.entrySet()) {
            rows.put(e.getKey(), ChangedEntities.read(store, e.getKey(), e.getValue()));
        }
        try {
            for (Change c : batch) {
                if (c.kind() == Change.Kind.DELETED) {
                    for (Notification n : fanout.deleted(c, subs)) {
                        broker.publish(n);
                    }
                    continue;
                }
                EntityRow row = rows.get(c.type()).get(c.id());
                if (row != null) {
                    for (Notification n : fanout.notifications(row, c.kind(), subs)) {
                        broker.publish(n);
                    }
                }
            }
            broker.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }

    /** Publishes what is recorded (for at most a few seconds), then stops. */
    @Override
    public void close() {
        running = false;
        wake.release();
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.interrupt();
    }
}
