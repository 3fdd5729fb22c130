package eu.emso.dmp.server.mqtt;

/** A topic that is not a SensorThings MQTT topic; the message says why. */
public final class InvalidTopicException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidTopicException(String message) {
        super(message);
    }
}
