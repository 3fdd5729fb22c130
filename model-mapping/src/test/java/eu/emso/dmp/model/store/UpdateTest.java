package eu.emso.dmp.model.store;

import static eu.emso.dmp.model.store.StoreFixture.json;
import static eu.emso.dmp.model.store.StoreFixture.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.path.PathException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OGC 18-088 requirement class Create-Update-Delete, {@code req/create-update-delete/update-entity}
 * (10.3): PATCH and PUT, the HistoricalLocations a Thing's Locations leave (8.2.3), and links
 * through {@code $ref}.
 */
class UpdateTest {
    private static final StoreFixture DB = StoreFixture.get();
    private static final EntityStore STORE = DB.store();

    private static long location(String name, double lon, double lat) {
        return DB.create("Locations", """
                {"name": "%s", "description": "d", "encodingType": "application/geo+json",
                 "location": {"type": "Point", "coordinates": [%s, %s]}}""".formatted(name, lon, lat));
    }

    @Test
    @DisplayName("req/create-update-delete/update-entity: PATCH changes only the given properties")
    void patch() {
        long thing = DB.create("Things", "{\"name\": \"patch me\", \"description\": \"old\", \"properties\": {\"a\": 1}}");
        STORE.update(path("Things(" + thing + ")"), json("{\"description\": \"new\"}"), false);
        EntityRow row = DB.entity("Things(" + thing + ")");
        assertThat(row.values().get("name")).isEqualTo("patch me");
        assertThat(row.values().get("description")).isEqualTo("new");
        assertThat(((RawJson) row.values().get("properties")).text()).contains("\"a\"");
    }

    @Test
    @DisplayName("req/create-update-delete/update-entity: PUT replaces the entity; it must be complete")
    void put() {
        long thing = DB.create("Things", "{\"name\": \"put me\", \"description\": \"old\", \"properties\": {\"a\": 1}}");
        STORE.update(path("Things(" + thing + ")"), json("{\"name\": \"put\", \"description\": \"new\"}"), true);
        EntityRow row = DB.entity("Things(" + thing + ")");
        assertThat(row.values().get("name")).isEqualTo("put");
        assertThat(row.values().get("properties")).isNull();
        assertThatThrownBy(() -> STORE.update(path("Things(" + thing + ")"), json("{\"name\": \"x\"}"), true))
                .isInstanceOf(InvalidEntityException.class).hasMessageContaining("description");
        assertThat(DB.entity("Things(" + thing + ")").values().get("name")).isEqualTo("put");
    }

    @Test
    @DisplayName("req/create-update-delete/update-entity: invalid values and unknown entities are rejected")
    void invalidUpdates() {
        long thing = DB.create("Things", "{\"name\": \"strict\", \"description\": \"d\"}");
        assertThatThrownBy(() -> STORE.update(path("Things(" + thing + ")"), json("{\"name\": null}"), false))
                .isInstanceOf(InvalidEntityException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> STORE.update(path("Things(" + thing + ")"), json("{\"name\": 3}"), false))
                .isInstanceOf(InvalidEntityException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> STORE.update(path("Things(987654321)"), json("{\"name\": \"x\"}"), false))
                .isInstanceOf(PathException.class);
        assertThatThrownBy(() -> STORE.delete(path("Things(987654321)"))).isInstanceOf(PathException.class);
    }

    @Test
    @DisplayName("req/create-update-delete/update-entity: PATCH of an Observation and of a Datastream's Sensor link")
    void patchObservationAndLink() {
        long stream = DB.datastream("patch station", 0, 0);
        long obs = DB.observe(stream, "2024-07-01T00:00:00Z", "1");
        STORE.update(path("Observations(" + obs + ")"), json("{\"result\": 2.50}"), false);
        assertThat(DB.entity("Observations(" + obs + ")").values().get("result")).isEqualTo(new RawJson("2.50"));
        long sensor = DB.create("Sensors", "{\"name\": \"spare\", \"description\": \"d\", \"encodingType\": "
                + "\"text/plain\", \"metadata\": \"m\"}");
        STORE.update(path("Datastreams(" + stream + ")"), json("{\"Sensor\": {\"@iot.id\": " + sensor + "}}"), false);
        assertThat(DB.entity("Datastreams(" + stream + ")/Sensor").id()).isEqualTo(sensor);
    }

    @Test
    @DisplayName("req/create-update-delete/update-entity: PATCH moves an Observation into a month that has no partition yet")
    void patchIntoNewMonth() {
        long stream = DB.datastream("patch month station", 0, 0);
        long obs = DB.observe(stream, "2043-08-07T00:00:00Z", "1");
        STORE.update(path("Observations(" + obs + ")"), json("{\"phenomenonTime\": \"2043-09-07T00:00:00Z\"}"), false);
        assertThat(DB.entity("Observations(" + obs + ")").values().get("phenomenonTime"))
                .hasToString("2043-09-07T00:00:00Z");
    }

    @Test
    @DisplayName("req/datamodel/historical-location: moving a Thing by PATCH records where it went")
    void historyOnPatch() {
        long first = location("history first", 1, 41);
        long second = location("history second", 2, 42);
        long thing = DB.create("Things", "{\"name\": \"mover\", \"description\": \"d\", \"Locations\": [{\"@iot.id\": "
                + first + "}]}");
        assertThat(DB.read("Things(" + thing + ")/HistoricalLocations").rows()).hasSize(1);
        STORE.update(path("Things(" + thing + ")"), json("{\"Locations\": [{\"@iot.id\": " + second + "}]}"), false);
        assertThat(DB.ids("Things(" + thing + ")/Locations")).containsExactly(second);
        List<Long> history = DB.ids("Things(" + thing + ")/HistoricalLocations", "$orderby", "id");
        assertThat(history).hasSize(2);
        assertThat(DB.ids("HistoricalLocations(" + history.get(0) + ")/Locations")).containsExactly(first);
        assertThat(DB.ids("HistoricalLocations(" + history.get(1) + ")/Locations")).containsExactly(second);
        assertThat(DB.ids("Locations(" + second + ")/HistoricalLocations")).containsExactly(history.get(1));
    }

    @Test
    @DisplayName("req/create-update-delete/link: $ref adds and removes links and records history")
    void refLinks() {
        long thing = DB.create("Things", "{\"name\": \"ref buoy\", \"description\": \"d\"}");
        long loc = location("ref site", 1, 1);
        STORE.link(path("Things(" + thing + ")/Locations/$ref"), json("{\"@iot.id\": " + loc + "}"));
        assertThat(DB.ids("Things(" + thing + ")/Locations")).containsExactly(loc);
        assertThat(DB.ids("Things(" + thing + ")/HistoricalLocations")).hasSize(1);
        STORE.unlink(path("Things(" + thing + ")/Locations(" + loc + ")/$ref"));
        assertThat(DB.ids("Things(" + thing + ")/Locations")).isEmpty();
        assertThat(DB.ids("Locations", "$filter", "id eq " + loc)).containsExactly(loc);
        assertThatThrownBy(() -> STORE.unlink(path("Things(" + thing + ")/Locations(" + loc + ")/$ref")))
                .isInstanceOf(PathException.class);
        STORE.link(path("Things(" + thing + ")/Locations/$ref"),
                json("{\"@iot.selfLink\": \"http://example.org/v1.1/Locations(" + loc + ")\"}"));
        assertThat(DB.ids("Things(" + thing + ")/Locations")).containsExactly(loc);
        assertThatThrownBy(() -> STORE.link(path("Things(" + thing + ")/Locations/$ref"),
                json("{\"@iot.id\": 987654321}"))).isInstanceOf(InvalidEntityException.class);
    }

    @Test
    @DisplayName("req/create-update-delete/link: a required to-one link is set by PUT $ref, never removed")
    void toOneRef() {
        long stream = DB.datastream("ref station", 0, 0);
        long sensor = DB.create("Sensors", "{\"name\": \"ref sensor\", \"description\": \"d\", \"encodingType\": "
                + "\"text/plain\", \"metadata\": \"m\"}");
        STORE.link(path("Datastreams(" + stream + ")/Sensor/$ref"), json("{\"@iot.id\": " + sensor + "}"));
        assertThat(DB.entity("Datastreams(" + stream + ")/Sensor").id()).isEqualTo(sensor);
        assertThatThrownBy(() -> STORE.unlink(path("Datastreams(" + stream + ")/Sensor/$ref")))
                .isInstanceOf(InvalidEntityException.class);
    }
}
