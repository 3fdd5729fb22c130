package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MQTT 3.1.1 topic filter matching (section 4.7.1), as the embedded broker's clients use it. */
class TopicFiltersTest {

    @ParameterizedTest
    @CsvSource({
        "v1.1/Observations, v1.1/Observations, true",
        "v1.1/Observations, v1.1/Observations(1), false",
        "v1.1/#, v1.1/Datastreams(1)/Observations, true",
        "#, v1.1/Things, true",
        "v1.1/+/Observations, v1.1/Datastreams(1)/Observations, true",
        "v1.1/+/Observations, v1.1/Observations, false",
        "v1.1/+, v1.1/Things(1)/name, false",
        "v1.1/Things(1)/#, v1.1/Things(1), true",
        "+/Things, v1.0/Things, true"})
    void matchesAsMqttSays(String filter, String topic, boolean expected) {
        assertThat(TopicFilters.matches(filter, topic)).isEqualTo(expected);
    }
}
