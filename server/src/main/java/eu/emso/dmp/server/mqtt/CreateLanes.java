package eu.emso.dmp.server.mqtt;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the creates of the embedded broker's published messages on a few threads ("lanes"), each
 * client's messages on one lane and so in the order it published them, different clients' side by
 * side, so that their Observations are stored together (group commit) instead of one after the
 * other on the broker's single interceptor thread. Each lane holds a bounded queue; when it is
 * full, the broker's thread waits (back-pressure) rather than drop or reorder. Thread-safe.
 */
final class CreateLanes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CreateLanes.class);
    private final ThreadPoolExecutor[] lanes;

    /** {@code count} lanes of {@code queue} waiting messages each. */
    CreateLanes(int count, int queue) {
        lanes = new ThreadPoolExecutor[count];
        RejectedExecutionHandler wait = (task, lane) -> {
            try {
                if (lane.isShutdown()) {
                    throw new java.util.concurrent.RejectedExecutionException("the server is stopping");
                }
                lane.getQueue().put(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.RejectedExecutionException("interrupted while waiting", e);
            }
        };
        for (int i = 0; i < count; i++) {
            String name = "mqtt-create-" + i;
            lanes[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(queue), r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            }, wait);
        }
    }

    /**
     * Runs {@code create} on the lane of {@code client}, after that client's earlier messages;
     * returns false (with a log line) when it will not run because the server is stopping.
     */
    boolean run(String client, String topic, Runnable create) {
        try {
            lanes[Math.floorMod(String.valueOf(client).hashCode(), lanes.length)].execute(create);
            return true;
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("MQTT create on '{}' from client '{}' not carried out: {}", topic, client, e.getMessage());
            return false;
        }
    }

    /** Lets the lanes finish what they hold (at most {@code seconds}), then stops them. */
    @Override
    public void close() {
        for (ThreadPoolExecutor lane : lanes) {
            lane.shutdown();
        }
        try {
            for (ThreadPoolExecutor lane : lanes) {
                if (!lane.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.warn("MQTT creates still waiting after 30 s at shutdown: {}", lane.getQueue().size());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
