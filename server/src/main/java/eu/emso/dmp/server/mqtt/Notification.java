package eu.emso.dmp.server.mqtt;

import java.util.Arrays;

/**
 * One message the server publishes: a topic and its JSON payload. Immutable (the payload is
 * copied on construction and on access).
 */
record Notification(String topic, byte[] payload) {

    Notification {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Notification n && n.topic.equals(topic) && Arrays.equals(n.payload, payload);
    }

    @Override
    public int hashCode() {
        return topic.hashCode() * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Notification[" + topic + ", " + payload.length + " bytes]";
    }
}
