package eu.emso.dmp.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limit settings as an operator writes them: the shipped defaults, sizes with suffixes, and clear refusals. */
class LimitSettingsTest {

    @Test
    void theShippedPropertiesGiveTheDefaults() {
        ServerSettings s = SettingsLoader.load(null, Map.of());
        assertThat(s.limits()).isEqualTo(LimitSettings.defaults());
        assertThat(s.limits().bodyMax()).isEqualTo(256L << 20);
        assertThat(s.limits().writeRate()).as("write rate limit off by default").isZero();
    }

    @Test
    void sizesTakeSuffixesAndSecondsFractions() {
        LimitSettings l = SettingsLoader.load(null, Map.of("DMP_HTTP_BODY_MAX", "64M", "DMP_MQTT_MESSAGE_MAX", "16k",
                "DMP_DB_READ_TIMEOUT", "0.5", "DMP_HTTP_WRITES_RATE", "2.5")).limits();
        assertThat(l.bodyMax()).isEqualTo(64L << 20);
        assertThat(l.mqttMessageMax()).isEqualTo(16 << 10);
        assertThat(l.readTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(l.writeRate()).isEqualTo(2.5);
    }

    @Test
    void aValueOutOfRangeNamesItsKey() {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("DMP_HTTP_BODY_MAX", "lots")))
                .isInstanceOf(SettingsException.class).hasMessageContaining("http.body.max");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("DMP_STA_EXPAND_DEPTH_MAX", "0")))
                .isInstanceOf(SettingsException.class).hasMessageContaining("sta.expand.depth.max");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("DMP_HTTP_READS_WAIT", "-1")))
                .isInstanceOf(SettingsException.class).hasMessageContaining("http.reads.wait");
    }

    @Test
    void commandLineOptionsKeepTheLimits() {
        ServerSettings s = SettingsLoader.load(null, Map.of("DMP_HTTP_BODY_MAX", "1M"));
        assertThat(s.with(9999, null, Path.of("x"), null).limits().bodyMax()).isEqualTo(1L << 20);
    }
}
