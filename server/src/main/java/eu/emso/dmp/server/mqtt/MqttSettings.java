package eu.emso.dmp.server.mqtt;

import eu.emso.dmp.server.config.SettingsException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The settings of the MQTT face besides its TCP port ({@code mqtt.port}, kept in the server
 * settings). Keys and defaults are declared in {@code config/dmp.properties}. Immutable.
 *
 * @param enabled       {@code mqtt.enabled}: whether the face runs at all
 * @param wsPort        {@code mqtt.ws.port}: MQTT over WebSocket on the embedded broker; -1 off,
 *                      0 a free port
 * @param wsPath        {@code mqtt.ws.path}: the WebSocket path, e.g. {@code /mqtt}
 * @param brokerUrl     {@code mqtt.broker.url}: an external broker such as {@code tcp://localhost:1883};
 *                      empty runs the embedded broker
 * @param shareGroup    {@code mqtt.broker.share}: with an external broker, the shared-subscription
 *                      group the server nodes use for create messages so that one node handles
 *                      each; empty subscribes plainly (one node only)
 * @param engine        {@code mqtt.broker.engine}: which embedded broker runs
 */
public record MqttSettings(boolean enabled, int wsPort, String wsPath, Optional<String> brokerUrl,
                           String shareGroup, Engine engine) {

    /** The embedded broker. */
    public enum Engine {
        /** HiveMQ Community Edition: MQTT 3.1.1 and 5, a QoS 1 create acknowledged once stored. */
        HIVEMQ,
        /** Moquette: MQTT 3.1.1, a QoS 1 create acknowledged when received. */
        MOQUETTE;

        static Engine parse(String text) {
            for (Engine e : values()) {
                if (e.name().equalsIgnoreCase(text.trim())) {
                    return e;
                }
            }
            throw new SettingsException("setting mqtt.broker.engine must be hivemq or moquette, found '" + text + "'");
        }
    }

    /** With the default engine. */
    public MqttSettings(boolean enabled, int wsPort, String wsPath, Optional<String> brokerUrl, String shareGroup) {
        this(enabled, wsPort, wsPath, brokerUrl, shareGroup, Engine.HIVEMQ);
    }

    public MqttSettings {
        if (!wsPath.startsWith("/")) {
            throw new SettingsException("setting mqtt.ws.path must start with '/', found '" + wsPath + "'");
        }
    }

    /** The defaults: embedded broker, WebSocket on 9876 at {@code /mqtt}. */
    public static MqttSettings defaults() {
        return new MqttSettings(true, 9876, "/mqtt", Optional.empty(), "dmp");
    }

    /** No MQTT face at all. */
    public static MqttSettings disabled() {
        return new MqttSettings(false, -1, "/mqtt", Optional.empty(), "");
    }

    /** Reads the settings through {@code key} (a missing key gives its default). */
    public static MqttSettings read(UnaryOperator<String> key) {
        MqttSettings d = defaults();
        String url = text(key, "mqtt.broker.url", "");
        return new MqttSettings(Boolean.parseBoolean(text(key, "mqtt.enabled", "true")),
                integer(key, "mqtt.ws.port", d.wsPort()), text(key, "mqtt.ws.path", d.wsPath()),
                url.isEmpty() ? Optional.empty() : Optional.of(url), text(key, "mqtt.broker.share", d.shareGroup()),
                Engine.parse(text(key, "mqtt.broker.engine", d.engine().name())));
    }

    /** The same settings with another WebSocket port. */
    public MqttSettings withWsPort(int port) {
        return new MqttSettings(enabled, port, wsPath, brokerUrl, shareGroup, engine);
    }

    /** The same settings using the external broker at {@code url} (null: embedded). */
    public MqttSettings withBrokerUrl(String url) {
        return new MqttSettings(enabled, wsPort, wsPath, Optional.ofNullable(url), shareGroup, engine);
    }

    /** The same settings with another embedded broker. */
    public MqttSettings withEngine(Engine e) {
        return new MqttSettings(enabled, wsPort, wsPath, brokerUrl, shareGroup, e);
    }

    private static String text(UnaryOperator<String> key, String name, String fallback) {
        String v = key.apply(name);
        return v == null ? fallback : v.trim();
    }

    private static int integer(UnaryOperator<String> key, String name, int fallback) {
        String v = text(key, name, Integer.toString(fallback));
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new SettingsException("setting " + name + " must be an integer, found '" + v + "'");
        }
    }
}
