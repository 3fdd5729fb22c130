package eu.emso.dmp.conformance.sta11.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import eu.emso.dmp.conformance.sta11.support.LoadedServerTest;
import eu.emso.dmp.conformance.sta11.support.OceanDataSet;
import eu.emso.dmp.conformance.sta11.support.StaResponse;
import eu.emso.dmp.conformance.sta11.support.Values;

/**
 * Requirement class {@code /req/resource-path} of OGC 18-088: how resource paths address entity
 * sets, entities, navigation, properties, {@code $value} and {@code $ref}, and that paths which
 * address nothing answer 404.
 */
@DisplayName("/req/resource-path")
class ResourcePathTest extends LoadedServerTest {
    @ParameterizedTest(name = "{0} holds {1}")
    @CsvSource({"Things, 2", "Locations, 2", "Sensors, 1", "ObservedProperties, 2", "Datastreams, 3",
        "FeaturesOfInterest, 2", "Observations, 60", "HistoricalLocations, 2"})
    @DisplayName("/req/resource-path/resource-path-to-entities: an entity set lists all its entities")
    void entitySet(String set, int count) {
        StaResponse r = ok(set + "?$top=1000");
        assertThat(r.value()).as(r.describe()).hasSize(count);
    }

    @Test
    @DisplayName("/req/resource-path/resource-path-to-entities: an entity by id, with its self link")
    void entityById() {
        JsonNode thing = ok("Things(" + data.obsea() + ")").json();
        assertThat(thing.path("@iot.id").asLong()).isEqualTo(data.obsea());
        assertThat(thing.path("name").asText()).isEqualTo("OBSEA");
        assertThat(thing.path("@iot.selfLink").asText()).isEqualTo(sta.serviceRoot() + "/Things(" + data.obsea() + ")");
        assertThat(thing.path("Datastreams@iot.navigationLink").asText())
                .isEqualTo(sta.serviceRoot() + "/Things(" + data.obsea() + ")/Datastreams");
    }

    @Test
    @DisplayName("/req/resource-path/resource-path-to-entities: navigation three levels deep")
    void navigationDepthThree() {
        StaResponse r = ok("Locations(" + data.w1m3aLocation() + ")/Things(" + data.w1m3a() + ")/Datastreams(" + data.w1m3aTemp()
                + ")/Observations?$top=1000");
        assertThat(Values.decimals(r.value(), "result")).usingElementComparator(Values.BY_VALUE)
                .containsExactlyInAnyOrderElementsOf(OceanDataSet.W1M3A_TEMP.values());
        StaResponse names = ok("Datastreams(" + data.obseaPsal() + ")/Thing/Datastreams");
        assertThat(Values.texts(names.value(), "name")).containsExactlyInAnyOrder("OBSEA TEMP", "OBSEA PSAL");
    }

    @Test
    @DisplayName("/req/resource-path/resource-path-to-entities: to-one navigation Observations(id)/Datastream/Thing")
    void toOneNavigation() {
        long observation = ok("Datastreams(" + data.w1m3aTemp() + ")/Observations?$top=1").value().get(0)
                .path("@iot.id").asLong();
        JsonNode thing = ok("Observations(" + observation + ")/Datastream/Thing").json();
        assertThat(thing.path("@iot.id").asLong()).isEqualTo(data.w1m3a());
        assertThat(thing.path("name").asText()).isEqualTo("W1M3A");
        JsonNode feature = ok("Observations(" + observation + ")/FeatureOfInterest").json();
        assertThat(feature.path("@iot.id").asLong()).isEqualTo(data.w1m3aFoi());
    }

    @Test
    @DisplayName("/req/datamodel/datastream: phenomenonTime spans the Observations, observedArea covers their features")
    void datastreamAggregates() {
        JsonNode ds = ok("Datastreams(" + data.w1m3aTemp() + ")").json();
        assertThat(ds.path("phenomenonTime").asText())
                .isEqualTo(OceanDataSet.W1M3A_TEMP.start() + "/" + OceanDataSet.W1M3A_TEMP.lastTime());
        assertThat(ds.path("resultTime").asText())
                .isEqualTo(OceanDataSet.W1M3A_TEMP.start() + "/" + OceanDataSet.W1M3A_TEMP.lastTime());
        JsonNode area = ds.path("observedArea");
        assertThat(area.path("type").asText()).isEqualTo("Point");
        assertThat(area.path("coordinates").get(0).asDouble()).isEqualTo(OceanDataSet.W1M3A_POINT.longitude());
        assertThat(area.path("coordinates").get(1).asDouble()).isEqualTo(OceanDataSet.W1M3A_POINT.latitude());
    }

    @Test
    @DisplayName("/req/resource-path/resource-path-to-entities: a property, and its raw $value")
    void propertyAndValue() {
        assertThat(ok("Things(" + data.obsea() + ")/name").json().path("name").asText()).isEqualTo("OBSEA");
        assertThat(ok("Things(" + data.obsea() + ")/name/$value").body()).isEqualTo("OBSEA");
        assertThat(ok("Datastreams(" + data.obseaPsal() + ")/unitOfMeasurement").json()
                .path("unitOfMeasurement").path("symbol").asText()).isEqualTo("PSU");
        assertThat(ok("Things(" + data.w1m3a() + ")/properties").json().path("properties").path("depth").asInt())
                .isEqualTo(1200);
    }

    @Test
    @DisplayName("/req/resource-path/resource-path-to-entities: $ref of a collection holds only self links")
    void collectionRef() {
        StaResponse r = ok("Things(" + data.obsea() + ")/Datastreams/$ref");
        List<String> links = new ArrayList<>();
        for (JsonNode item : r.value()) {
            assertThat(item.size()).as(r.describe()).isEqualTo(1);
            links.add(item.path("@iot.selfLink").asText());
        }
        assertThat(links).containsExactlyInAnyOrder(sta.serviceRoot() + "/Datastreams(" + data.obseaTemp() + ")",
                sta.serviceRoot() + "/Datastreams(" + data.obseaPsal() + ")");
    }

    @Test
    @DisplayName("/req/resource-path/resource-path-to-entities: $ref of one entity is its self link")
    void entityRef() {
        StaResponse r = ok("Datastreams(" + data.w1m3aTemp() + ")/Thing/$ref");
        assertThat(r.json().size()).as(r.describe()).isEqualTo(1);
        assertThat(r.json().path("@iot.selfLink").asText()).isEqualTo(sta.serviceRoot() + "/Things(" + data.w1m3a() + ")");
    }

    @Test
    @DisplayName("/req/resource-path/resource-path-to-entities: paths that address nothing answer 404")
    void notFound() {
        long foreignObservation = ok("Datastreams(" + data.w1m3aTemp() + ")/Observations?$top=1").value().get(0)
                .path("@iot.id").asLong();
        List<String> paths = List.of("Things(999999)", "Things(999999)/Datastreams",
                "Things(" + data.obsea() + ")/Datastreams(" + data.w1m3aTemp() + ")",
                "Datastreams(" + data.obseaTemp() + ")/Observations(" + foreignObservation + ")",
                "Things(" + data.obsea() + ")/Datastreams(" + data.w1m3aTemp() + ")/Observations",
                "Sensors(999999)/name/$value", "Gliders", "Things(" + data.obsea() + ")/Gliders",
                "Things(" + data.obsea() + ")/nosuchproperty");
        for (String path : paths) {
            StaResponse r = sta.get(path);
            assertThat(r.status()).as(r.describe()).isEqualTo(404);
            assertThat(r.json().path("message").asText()).as(r.describe()).isNotBlank();
        }
    }

    private static StaResponse ok(String path) {
        StaResponse r = sta.get(path);
        assertThat(r.status()).as(r.describe()).isEqualTo(200);
        return r;
    }
}
