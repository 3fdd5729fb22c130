package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Version;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The topic forms of OGC 18-088, 14.2.1, and what is refused. */
class StaTopicTest {

    @Test
    void entitySetNavigationEntityPropertyAndSelectTopicsParse() {
        StaTopic set = StaTopic.parse("v1.1/Observations");
        assertThat(set.version()).isEqualTo(Version.V11);
        assertThat(set.isCollection()).isTrue();
        assertThat(set.path().type()).isEqualTo(EntityType.OBSERVATION);

        StaTopic nav = StaTopic.parse("v1.0/Datastreams(1)/Observations");
        assertThat(nav.version()).isEqualTo(Version.V10);
        assertThat(nav.isCollection()).isTrue();
        assertThat(nav.path().segments()).hasSize(2);

        StaTopic entity = StaTopic.parse("v1.1/Things(7)");
        assertThat(entity.isCollection()).isFalse();
        assertThat(entity.path().last().id()).isEqualTo(7L);

        StaTopic property = StaTopic.parse("v1.1/Things(7)/name");
        assertThat(property.isProperty()).isTrue();
        assertThat(property.path().property().name()).isEqualTo("name");

        StaTopic select = StaTopic.parse("v1.1/Observations?$select=result,phenomenonTime");
        assertThat(select.select()).containsExactly(List.of("result"), List.of("phenomenonTime"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.1/Sensorz", "v1.1/Things(x)", "v1.1/Things(1)/$ref", "v1.1/Things(1)/name/$value",
        "v1.1/Observations?$filter=result gt 1", "v1.1/Observations?$select=result&$top=1",
        "v1.1/Things(1)/name?$select=name", "v1.0/Sensors(1)/properties", "v2.0/Things", "Things"})
    void malformedTopicsAreRefusedWithAReason(String topic) {
        assertThatThrownBy(() -> StaTopic.parse(topic)).isInstanceOf(InvalidTopicException.class)
                .hasMessageNotContaining("null");
    }

    @Test
    void onlyTopicsUnderAVersionAreOurs() {
        assertThat(StaTopic.isSta("v1.1/Things")).isTrue();
        assertThat(StaTopic.isSta("v1.0/Things")).isTrue();
        assertThat(StaTopic.isSta("site/obsea/alarms")).isFalse();
        assertThat(StaTopic.isSta("v1.1")).isFalse();
    }
}
