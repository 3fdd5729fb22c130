package eu.emso.dmp.server.mqtt;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.server.sta.StaServerSettings;
import java.io.IOException;
import java.util.List;

/**
 * The MQTT requirement classes of OGC 18-088 (create observations via MQTT, receive updates via
 * MQTT) and the {@code serverSettings.mqtt.endpoints} member the 1.1 service root carries for
 * them. Registered only while the MQTT face runs. Immutable.
 *
 * @param endpoints the broker endpoints, e.g. {@code mqtt://localhost:1883}
 */
public record MqttConformance(List<String> endpoints) implements StaServerSettings {
    private static final String BASE = "http://www.opengis.net/spec/iot_sensing/1.1/req/";

    public MqttConformance {
        endpoints = List.copyOf(endpoints);
    }

    @Override
    public List<String> uris() {
        return List.of(BASE + "create-observations-via-mqtt/observations-creation",
                BASE + "receive-updates-via-mqtt/receive-updates");
    }

    @Override
    public void writeSettings(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("mqtt");
        g.writeArrayFieldStart("endpoints");
        for (String e : endpoints) {
            g.writeString(e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
