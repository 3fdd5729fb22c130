package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.server.config.SettingsException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the {@code mqtt.*} keys. */
class MqttSettingsTest {

    @Test
    void missingKeysTakeTheDefaultsAndGivenOnesWin() {
        assertThat(MqttSettings.read(k -> null)).isEqualTo(MqttSettings.defaults());
        MqttSettings s = MqttSettings.read(Map.of("mqtt.broker.url", "tcp://broker:1883", "mqtt.ws.port", "-1",
                "mqtt.broker.share", "")::get);
        assertThat(s.brokerUrl()).isEqualTo(Optional.of("tcp://broker:1883"));
        assertThat(s.wsPort()).isEqualTo(-1);
        assertThat(s.shareGroup()).isEmpty();
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertThatThrownBy(() -> MqttSettings.read(Map.of("mqtt.ws.port", "ninety")::get))
                .isInstanceOf(SettingsException.class).hasMessageContaining("mqtt.ws.port");
        assertThatThrownBy(() -> MqttSettings.read(Map.of("mqtt.ws.path", "mqtt")::get))
                .isInstanceOf(SettingsException.class).hasMessageContaining("mqtt.ws.path");
    }
}
