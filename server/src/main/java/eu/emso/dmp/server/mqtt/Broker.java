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
     *
     * @throws BrokerUnavailable when the broker cannot be reached
     */
    void publish(Notification n) throws InterruptedException;

    /**
     * Returns once the broker has taken every notification published so far (PUBACK).
     *
     * @throws BrokerUnavailable when it has not, or a publication failed: the caller publishes
     *     them again later
     */
    default void flush() throws InterruptedException {
    }

    /** What the broker's clients listen to, as far as the server can know. */
    Subscriptions subscriptions();

    /** The TCP port of an embedded broker, or -1. */
    default int port() {
        return -1;
    }

    /** The WebSocket port of an embedded broker, or -1. */
    default int wsPort() {
        return -1;
    }

    /** The endpoints clients connect to, e.g. {@code mqtt://localhost:1883}. */
    List<String> endpoints();

    @Override
    void close();

    /** The broker cannot take notifications now (disconnected, or it did not acknowledge them). */
    final class BrokerUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrokerUnavailable(String message) {
            super(message);
        }
    }
}
