package eu.emso.dmp.server.mqtt;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * What the MQTT face has seen since it started: client sessions connected now (embedded broker
 * only), messages published by clients, notifications published by the server. Read by the
 * metrics. Thread-safe.
 */
public final class MqttStats {
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong notified = new AtomicLong();
    private volatile IntSupplier sessions = () -> 0;

    void countReceived() {
        received.incrementAndGet();
    }

    void countNotified() {
        notified.incrementAndGet();
    }

    void sessionsFrom(IntSupplier connected) {
        sessions = connected;
    }

    /** Clients connected to the embedded broker now (0 with an external broker). */
    public int sessions() {
        return sessions.getAsInt();
    }

    /** Messages clients published to the broker (as far as the server hears them). */
    public long messagesReceived() {
        return received.get();
    }

    /** Notifications the server published. */
    public long notificationsSent() {
        return notified.get();
    }
}
