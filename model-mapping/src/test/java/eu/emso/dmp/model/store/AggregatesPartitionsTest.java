package eu.emso.dmp.model.store;

import static eu.emso.dmp.model.store.Batches.feature;
import static eu.emso.dmp.model.store.Batches.number;
import static eu.emso.dmp.model.store.StoreFixture.json;
import static eu.emso.dmp.model.store.StoreFixture.path;
import static eu.emso.dmp.model.store.WriteOutcome.Status.CREATED;
import static eu.emso.dmp.model.store.WriteOutcome.Status.DUPLICATE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.model.entity.EntityRow;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the write path maintains besides the rows: the Datastream properties OGC 18-088 (8.2.5)
 * derives from its Observations (phenomenonTime, resultTime, observedArea), kept covering them
 * through writes and updates, and the monthly partitions of any month an Observation falls in.
 */
class AggregatesPartitionsTest {
    private static final StoreFixture DB = StoreFixture.get();
    private static final EntityStore STORE = DB.store();

    private static List<WriteOutcome.Status> statuses(List<WriteOutcome> outcomes) {
        return outcomes.stream().map(WriteOutcome::status).toList();
    }

    @Test
    @DisplayName("req/datamodel/datastream: phenomenonTime, resultTime and observedArea cover the written Observations")
    void aggregates() {
        long stream = DB.datastream("aggregate station", 0, 0);
        long west = feature(1.0, 41.0);
        long east = feature(2.0, 42.0);
        OffsetDateTime t1 = OffsetDateTime.parse("2024-08-04T00:00:00Z");
        OffsetDateTime t2 = OffsetDateTime.parse("2024-08-05T00:00:00Z");
        OffsetDateTime t3 = OffsetDateTime.parse("2024-08-06T00:00:00Z");
        STORE.writeObservations(List.of(
                new ObservationRow(stream, west, t1, t1, t2, null, null, (short) 0, 1.0, "1", null, null, null, null),
                new ObservationRow(stream, east, t2, t3, t3, null, null, (short) 0, 2.0, "2", null, null, null, null)));
        EntityRow row = DB.entity("Datastreams(" + stream + ")");
        assertThat(row.values().get("phenomenonTime")).hasToString("2024-08-04T00:00:00Z/2024-08-06T00:00:00Z");
        assertThat(row.values().get("resultTime")).hasToString("2024-08-05T00:00:00Z/2024-08-06T00:00:00Z");
        String filter = "id eq " + stream + " and st_intersects(observedArea, geography'POINT(%s)')";
        assertThat(DB.ids("Datastreams", "$filter", filter.formatted("1 41"))).containsExactly(stream);
        assertThat(DB.ids("Datastreams", "$filter", filter.formatted("1.5 41.5"))).containsExactly(stream);
        assertThat(DB.ids("Datastreams", "$filter", filter.formatted("5 5"))).isEmpty();
        STORE.writeObservations(List.of(number(stream, west, "2024-08-01T00:00:00Z", "0")));
        assertThat(DB.entity("Datastreams(" + stream + ")").values().get("phenomenonTime"))
                .hasToString("2024-08-01T00:00:00Z/2024-08-06T00:00:00Z");
    }

    @Test
    @DisplayName("Each (Datastream, feature) series keeps its phenomenon time range, per batch, after moves and PATCH")
    void seriesAvailability() {
        long stream = DB.datastream("series station", 0, 0);
        long west = feature(3.0, 43.0);
        long east = feature(4.0, 44.0);
        STORE.writeObservations(List.of(number(stream, west, "2024-09-01T00:00:00Z", "1"),
                number(stream, west, "2024-09-03T00:00:00Z", "2"), number(stream, east, "2024-09-02T00:00:00Z", "3")));
        assertThat(STORE.seriesAvailability(List.of(stream))).extracting(a -> a.featureId() + " " + a.start().toInstant()
                + "/" + a.end().toInstant()).containsExactly(west + " 2024-09-01T00:00:00Z/2024-09-03T00:00:00Z",
                east + " 2024-09-02T00:00:00Z/2024-09-02T00:00:00Z");
        long obs = DB.observe(stream, "2024-09-04T00:00:00Z", "4");
        STORE.update(path("Observations(" + obs + ")"), json("{\"phenomenonTime\": \"2024-09-10T00:00:00Z\", "
                + "\"FeatureOfInterest\": {\"@iot.id\": " + east + "}}"), false);
        assertThat(STORE.seriesAvailability(List.of(stream))).filteredOn(a -> a.featureId() == east)
                .extracting(a -> a.end().toInstant().toString()).containsExactly("2024-09-10T00:00:00Z");
        assertThat(STORE.seriesAvailability(List.of())).isEmpty();
    }

    @Test
    @DisplayName("req/datamodel/datastream: PATCH of an Observation's phenomenonTime keeps the Datastream's phenomenonTime covering it")
    void aggregatesAfterPatch() {
        long stream = DB.datastream("patched aggregate station", 0, 0);
        long obs = DB.observe(stream, "2041-08-07T00:00:00Z", "1");
        DB.observe(stream, "2041-08-08T00:00:00Z", "2");
        STORE.update(path("Observations(" + obs + ")"), json("{\"phenomenonTime\": \"2041-08-20T00:00:00Z\"}"), false);
        assertThat(DB.entity("Datastreams(" + stream + ")").values().get("phenomenonTime").toString())
                .endsWith("/2041-08-20T00:00:00Z");
    }

    @Test
    @DisplayName("Observations of far-away months get their partitions: 1970 and 2090")
    void farPartitions() {
        long stream = DB.datastream("partition station", 0, 0);
        long foi = feature(0, 0);
        List<WriteOutcome> out = STORE.writeObservations(List.of(number(stream, foi, "1970-01-15T00:00:00Z", "1"),
                number(stream, foi, "2090-06-15T12:00:00Z", "2"), number(stream, foi, "2090-06-30T23:59:59Z", "3")));
        assertThat(statuses(out)).containsExactly(CREATED, CREATED, CREATED);
        String observations = "Datastreams(" + stream + ")/Observations";
        assertThat(DB.ids(observations, "$filter", "year(phenomenonTime) eq 1970")).containsExactly(out.get(0).id());
        assertThat(DB.ids(observations, "$filter", "year(phenomenonTime) eq 2090")).hasSize(2);
        assertThat(DB.entity("Datastreams(" + stream + ")").values().get("phenomenonTime"))
                .hasToString("1970-01-15T00:00:00Z/2090-06-30T23:59:59Z");
        assertThat(statuses(STORE.writeObservations(List.of(number(stream, foi, "1970-01-15T00:00:00Z", "1")))))
                .containsExactly(DUPLICATE);
    }
}
