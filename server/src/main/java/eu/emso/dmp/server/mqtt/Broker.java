package eu.emso.dmp.server.mqtt;

import java.util.List;

/**
 * Where notifications go and create messages come from: the embedded broker or a connection to
 * an external one. Implementations are thread-safe.
 */
interface Broker extends AutoCloseable {

    /**
     * Publishes at QoS 1, waiting while the broker cannot take more (back-pressure): a message
     * is never dropped for being one too many.
     */
    void publish(Notification n) throws InterruptedException;

    /** What the broker's clients listen to, as far as the server can know. */
    Subscriptions subscriptions();

    /** The endpoints clients connect to, e.g. {@code mqtt://localhost:1883}. */
    List<String> endpoints();

    @Override
    void close();
}
