package eu.emso.dmp.server.mqtt;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.store.Change;
import eu.emso.dmp.model.store.EntityStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries committed changes from the store's writers to the broker on one thread of its own, in
 * commit order. The hand-over queue is bounded and applies back-pressure: when it is full, a
 * writer waits after its commit until there is room; no change is dropped. Thread-safe.
 */
final class ChangeDispatcher implements Consumer<List<Change>>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeDispatcher.class);
    private static final int BATCH = 5_000;
    private static final int ATTEMPTS = 5;
    private final Supplier<EntityStore> store;
    private final Fanout fanout;
    private final Broker broker;
    private final BlockingQueue<Change> queue;
    private final Thread worker;
    private volatile boolean running = true;

    ChangeDispatcher(Supplier<EntityStore> store, Fanout fanout, Broker broker, int capacity) {
        this.store = store;
        this.fanout = fanout;
        this.broker = broker;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.worker = new Thread(this::run, "mqtt-dispatch");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** Called by the store after commit, on the writing thread. */
    @Override
    public void accept(List<Change> changes) {
        try {
            for (Change c : changes) {
                if (c.kind() != Change.Kind.DELETED && running) {
                    queue.put(c);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while handing {} changes to MQTT; they are not published", changes.size());
        }
    }

    private void run() {
        List<Change> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Change first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                publishWithRetries(batch);
            } catch (InterruptedException e) {
                return;
            }
            batch.clear();
        }
    }

    /**
     * Publishes a batch, trying again after a failure (say the database is briefly unreachable);
     * a retried batch may repeat notifications, which QoS 1 allows, rather than lose them.
     */
    private void publishWithRetries(List<Change> batch) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                publish(batch);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    LOG.warn("MQTT notifications of {} changes given up after {} attempts: {}", batch.size(),
                            ATTEMPTS, e.toString());
                    return;
                }
                Thread.sleep(200L * attempt);
            }
        }
    }

    private void publish(List<Change> batch) throws InterruptedException {
        Subscriptions subs = broker.subscriptions();
        if (subs.idle()) {
            return;
        }
        Map<EntityType, List<Long>> ids = new LinkedHashMap<>();
        for (Change c : batch) {
            ids.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c.id());
        }
        Map<EntityType, Map<Long, EntityRow>> rows = new LinkedHashMap<>();
        for (Map.Entry<EntityType, List<Long>> e : ids.entrySet()) {
            rows.put(e.getKey(), ChangedEntities.read(store.get(), e.getKey(), e.getValue()));
        }
        for (Change c : batch) {
            EntityRow row = rows.get(c.type()).get(c.id());
            if (row != null) {
                for (Notification n : fanout.notifications(row, c.kind(), subs)) {
                    broker.publish(n);
                }
            }
        }
    }

    /** Publishes what is queued (for at most a few seconds), then stops. */
    @Override
    public void close() {
        running = false;
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.interrupt();
    }
}
