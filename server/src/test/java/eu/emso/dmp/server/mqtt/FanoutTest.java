package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.Change;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which topics a change is published on (OGC 18-088, 14.2.1), without a database. */
class FanoutTest {

    private static EntityRow observation() {
        EntityRow row = new EntityRow(EntityType.OBSERVATION, 42);
        row.put("result", new RawJson("13.1436"));
        row.putKey("Datastream", 1L);
        row.putKey("FeatureOfInterest", 3L);
        return row;
    }

    @Test
    void aCreatedObservationGoesToItsSetItselfItsDatastreamAndItsFeature() {
        assertThat(Fanout.derived(observation(), Change.Kind.CREATED, Version.V11)).containsExactlyInAnyOrder(
                "v1.1/Observations", "v1.1/Observations(42)", "v1.1/Datastreams(1)/Observations",
                "v1.1/FeaturesOfInterest(3)/Observations");
    }

    @Test
    void anUpdatedEntityGoesToItselfAndItsPropertiesOfThatVersion() {
        EntityRow thing = new EntityRow(EntityType.THING, 5);
        assertThat(Fanout.derived(thing, Change.Kind.UPDATED, Version.V10)).containsExactlyInAnyOrder(
                "v1.0/Things(5)", "v1.0/Things(5)/name", "v1.0/Things(5)/description", "v1.0/Things(5)/properties");
        EntityRow sensor = new EntityRow(EntityType.SENSOR, 2);
        assertThat(Fanout.derived(sensor, Change.Kind.UPDATED, Version.V10)).doesNotContain("v1.0/Sensors(2)/properties");
        assertThat(Fanout.derived(sensor, Change.Kind.UPDATED, Version.V11)).contains("v1.1/Sensors(2)/properties");
    }

    @Test
    void onlyTopicsSomeoneWantsArePublishedWithTheEntityOrPropertyPayload() throws Exception {
        Fanout fanout = new Fanout(new Representations(() -> "https://dmp.example.org"), new TopicMembership(() -> {
            throw new AssertionError("the store is not needed for derivable topics");
        }));
        List<Notification> out = fanout.notifications(observation(), Change.Kind.CREATED, wanting("v1.0/Datastreams(1)/Observations"));
        assertThat(out).hasSize(1);
        assertThat(Json.mapper().readTree(out.get(0).payload()).get("@iot.selfLink").asText())
                .isEqualTo("https://dmp.example.org/v1.0/Observations(42)");
        assertThat(fanout.notifications(observation(), Change.Kind.CREATED, wanting("v1.1/Datastreams(2)/Observations")))
                .isEmpty();
    }

    private static Subscriptions wanting(String topic) {
        return new Subscriptions() {
            @Override
            public boolean idle() {
                return false;
            }

            @Override
            public boolean wants(String t) {
                return t.equals(topic);
            }

            @Override
            public Collection<StaTopic> specific() {
                return List.of(StaTopic.parse(topic));
            }
        };
    }
}
