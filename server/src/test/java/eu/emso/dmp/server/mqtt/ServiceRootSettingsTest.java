package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 1.1 service root announces the MQTT requirement classes and the broker endpoints in
 * {@code serverSettings} (OGC 18-088, 9.2.1) exactly when the MQTT face runs.
 */
class ServiceRootSettingsTest {
    private static final String RECEIVE = "http://www.opengis.net/spec/iot_sensing/1.1/req/receive-updates-via-mqtt/receive-updates";
    private static final String CREATE =
            "http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation";

    @Test
    void withMqttTheServiceRootListsItsClassesAndWorkingEndpoints() throws Exception {
        try (TestServer s = TestServer.start()) {
            JsonNode settings = s.get("").get("serverSettings");
            assertThat(texts(settings.get("conformance"))).contains(RECEIVE, CREATE);
            List<String> endpoints = texts(settings.get("mqtt").get("endpoints"));
            int tcp = s.server().mqtt().port();
            int ws = s.server().mqtt().wsPort();
            assertThat(endpoints).containsExactly("mqtt://localhost:" + tcp, "ws://localhost:" + ws + "/mqtt");
            try (Inbox viaWs = Inbox.connect(endpoints.get(1))) {
                assertThat(viaWs.client().isConnected()).isTrue();
            }
        }
    }

    @Test
    void withoutMqttNothingIsAnnounced() throws Exception {
        MqttSettings off = MqttSettings.disabled();
        try (TestServer s = TestServer.start(off)) {
            JsonNode settings = s.get("").get("serverSettings");
            assertThat(texts(settings.get("conformance"))).doesNotContain(RECEIVE, CREATE).isNotEmpty();
            assertThat(settings.has("mqtt")).isFalse();
            assertThat(s.server().mqtt()).isNull();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
