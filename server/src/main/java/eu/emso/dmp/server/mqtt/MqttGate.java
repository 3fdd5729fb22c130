package eu.emso.dmp.server.mqtt;

/**
 * Who may connect to the embedded broker, publish and subscribe; the broker asks it on CONNECT
 * (only when the client sends a user name: anonymous connections are let in, to read) and on
 * every PUBLISH and SUBSCRIBE. A refused PUBLISH is dropped by the broker before anything sees
 * it. Implementations are thread-safe.
 */
public interface MqttGate {
    /** Anyone may do anything (as before authorisation existed). */
    MqttGate OPEN = new MqttGate() {
        @Override
        public boolean connect(String client, String user, byte[] password) {
            return true;
        }

        @Override
        public boolean mayPublish(String client, String user, String topic) {
            return true;
        }

        @Override
        public boolean maySubscribe(String client, String user, String topic) {
            return true;
        }
    };

    /** Whether these CONNECT credentials are accepted; {@code password} may be null. */
    boolean connect(String client, String user, byte[] password);

    /** Whether client {@code client}, connected as {@code user} (null: anonymous), may publish on {@code topic}. */
    boolean mayPublish(String client, String user, String topic);

    /** Whether it may subscribe to {@code topic}. */
    boolean maySubscribe(String client, String user, String topic);
}
