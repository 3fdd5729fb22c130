package eu.emso.dmp.model.store;

import static eu.emso.dmp.model.store.StoreFixture.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.path.PathException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OGC 18-088 requirement class Create-Update-Delete, {@code req/create-update-delete/delete-entity}
 * (10.4): what an entity takes with it when deleted, and what it leaves.
 */
class DeleteTest {
    private static final StoreFixture DB = StoreFixture.get();
    private static final EntityStore STORE = DB.store();

    private static long thingOf(long datastream) {
        return DB.entity("Datastreams(" + datastream + ")/Thing").id();
    }

    @Test
    @DisplayName("req/create-update-delete/delete-entity: a Thing takes its Datastreams, their Observations and its history")
    void deleteThingCascades() {
        long stream = DB.datastream("doomed station", 0.5, 40.5);
        long thing = thingOf(stream);
        long obs = DB.observe(stream, "2024-07-02T00:00:00Z", "1");
        long history = DB.ids("Things(" + thing + ")/HistoricalLocations").get(0);
        long location = DB.ids("Things(" + thing + ")/Locations").get(0);
        STORE.delete(path("Things(" + thing + ")"));
        assertThatThrownBy(() -> DB.entity("Datastreams(" + stream + ")")).isInstanceOf(PathException.class);
        assertThatThrownBy(() -> DB.entity("Observations(" + obs + ")")).isInstanceOf(PathException.class);
        assertThatThrownBy(() -> DB.entity("HistoricalLocations(" + history + ")")).isInstanceOf(PathException.class);
        assertThat(DB.ids("Locations", "$filter", "id eq " + location)).containsExactly(location);
    }

    @Test
    @DisplayName("req/create-update-delete/delete-entity: a FeatureOfInterest takes its Observations; a Datastream too")
    void deleteFeatureAndDatastreamCascade() {
        long stream = DB.datastream("feature delete station", 0.25, 40.25);
        long obs = DB.observe(stream, "2024-07-03T00:00:00Z", "1");
        long foi = DB.entity("Observations(" + obs + ")/FeatureOfInterest").id();
        STORE.delete(path("FeaturesOfInterest(" + foi + ")"));
        assertThatThrownBy(() -> DB.entity("Observations(" + obs + ")")).isInstanceOf(PathException.class);
        long again = DB.observe(stream, "2024-07-03T00:10:00Z", "2");
        assertThat(DB.entity("Observations(" + again + ")/FeatureOfInterest").id()).isNotEqualTo(foi);
        STORE.delete(path("Datastreams(" + stream + ")"));
        assertThatThrownBy(() -> DB.entity("Observations(" + again + ")")).isInstanceOf(PathException.class);
        assertThat(DB.ids("Things", "$filter", "name eq 'feature delete station'")).hasSize(1);
    }

    @Test
    @DisplayName("req/create-update-delete/delete-entity: a Sensor takes its Datastreams and their Observations")
    void deleteSensorCascades() {
        long stream = DB.datastream("sensor delete station", 0, 0);
        long obs = DB.observe(stream, "2024-07-04T00:00:00Z", "1");
        long sensor = DB.entity("Datastreams(" + stream + ")/Sensor").id();
        STORE.delete(path("Sensors(" + sensor + ")"));
        assertThatThrownBy(() -> DB.entity("Datastreams(" + stream + ")")).isInstanceOf(PathException.class);
        assertThatThrownBy(() -> DB.entity("Observations(" + obs + ")")).isInstanceOf(PathException.class);
    }

    @Test
    @DisplayName("req/create-update-delete/delete-entity: a Location leaves its Things and drops history that only it made")
    void deleteLocation() {
        long stream = DB.datastream("moved station", 0.75, 40.75);
        long thing = thingOf(stream);
        long location = DB.ids("Things(" + thing + ")/Locations").get(0);
        long history = DB.ids("Things(" + thing + ")/HistoricalLocations").get(0);
        STORE.delete(path("Locations(" + location + ")"));
        assertThat(DB.ids("Things(" + thing + ")/Locations")).isEmpty();
        assertThat(DB.ids("Things", "$filter", "id eq " + thing)).containsExactly(thing);
        assertThatThrownBy(() -> DB.entity("HistoricalLocations(" + history + ")")).isInstanceOf(PathException.class);
    }
}
