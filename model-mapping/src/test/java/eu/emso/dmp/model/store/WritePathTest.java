package eu.emso.dmp.model.store;

import static eu.emso.dmp.model.store.StoreFixture.json;
import static eu.emso.dmp.model.store.StoreFixture.path;
import static eu.emso.dmp.model.store.WriteOutcome.Status.CONFLICT;
import static eu.emso.dmp.model.store.WriteOutcome.Status.CREATED;
import static eu.emso.dmp.model.store.WriteOutcome.Status.DUPLICATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.entity.RawJson;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one write path for observation batches ({@link EntityStore#writeObservations}): outcomes
 * CREATED, DUPLICATE and CONFLICT under the key (Datastream, phenomenon time), numbers that keep
 * their digits, the Datastream aggregates OGC 18-088 (8.2.5) defines from the Observations
 * (phenomenonTime, resultTime, observedArea), and partitions for any month.
 */
class WritePathTest {
    private static final StoreFixture DB = StoreFixture.get();
    private static final EntityStore STORE = DB.store();

    private static ObservationRow number(long stream, long feature, String time, String digits) {
        OffsetDateTime t = OffsetDateTime.parse(time);
        return new ObservationRow(stream, feature, t, t, null, null, null, (short) 0, Double.valueOf(digits),
                digits, null, null, null, null);
    }

    private static ObservationRow jsonResult(long stream, long feature, String time, String result) {
        OffsetDateTime t = OffsetDateTime.parse(time);
        return new ObservationRow(stream, feature, t, t, null, null, null, (short) 3, null, null, result,
                null, null, null);
    }

    private static long feature(double lon, double lat) {
        return DB.create("FeaturesOfInterest", """
                {"name": "write point", "description": "d", "encodingType": "application/geo+json",
                 "feature": {"type": "Point", "coordinates": [%s, %s]}}""".formatted(lon, lat));
    }

    private static List<WriteOutcome.Status> statuses(List<WriteOutcome> outcomes) {
        return outcomes.stream().map(WriteOutcome::status).toList();
    }

    @Test
    @DisplayName("a batch reports CREATED, DUPLICATE and CONFLICT, also within itself, and stores each key once")
    void outcomes() {
        long stream = DB.datastream("outcome station", 0, 0);
        long foi = feature(0, 0);
        List<WriteOutcome> out = STORE.writeObservations(List.of(
                number(stream, foi, "2024-08-01T00:00:00Z", "1.50"),
                number(stream, foi, "2024-08-01T00:10:00Z", "2"),
                number(stream, foi, "2024-08-01T00:00:00Z", "1.50"),
                number(stream, foi, "2024-08-01T00:10:00Z", "3")));
        assertThat(statuses(out)).containsExactly(CREATED, CREATED, DUPLICATE, CONFLICT);
        assertThat(out.get(2).id()).isEqualTo(out.get(0).id());
        assertThat(out.get(3).id()).isEqualTo(out.get(1).id());
        List<WriteOutcome> again = STORE.writeObservations(List.of(
                number(stream, foi, "2024-08-01T00:00:00Z", "1.50"),
                number(stream, foi, "2024-08-01T00:10:00Z", "2.5"),
                number(stream, foi, "2024-08-01T00:20:00Z", "4")));
        assertThat(statuses(again)).containsExactly(DUPLICATE, CONFLICT, CREATED);
        assertThat(DB.read("Datastreams(" + stream + ")/Observations", "$orderby", "phenomenonTime").rows())
                .extracting(r -> r.values().get("result"))
                .containsExactly(new RawJson("1.50"), new RawJson("2"), new RawJson("4"));
        assertThat(STORE.writeObservations(List.of())).isEmpty();
    }

    @Test
    @DisplayName("numbers keep the digits they were sent with and still compare as numbers")
    void digitsKept() {
        long stream = DB.datastream("digits station", 0, 0);
        long foi = feature(0, 0);
        STORE.writeObservations(List.of(number(stream, foi, "2024-08-02T00:00:00Z", "1.50"),
                number(stream, foi, "2024-08-02T00:10:00Z", "1.0E-7")));
        List<EntityRow> rows = DB.read("Datastreams(" + stream + ")/Observations", "$filter", "result eq 1.5").rows();
        assertThat(rows).extracting(r -> r.values().get("result")).containsExactly(new RawJson("1.50"));
        assertThat(DB.ids("Datastreams(" + stream + ")/Observations", "$filter", "result lt 0.000001")).hasSize(1);
    }

    @Test
    @DisplayName("a JSON result resent with its members in another order is a DUPLICATE")
    void jsonResendIsDuplicate() {
        long stream = DB.datastream("json resend station", 0, 0);
        long foi = feature(0, 0);
        String time = "2024-08-03T00:00:00Z";
        STORE.writeObservations(List.of(jsonResult(stream, foi, time, "{\"speed\": 120, \"dir\": 45}")));
        assertThat(statuses(STORE.writeObservations(List.of(jsonResult(stream, foi, time, "{\"speed\":120,\"dir\":45}")))))
                .containsExactly(DUPLICATE);
    }

    @Test
    @DisplayName("a JSON result that differs only inside a string is a CONFLICT, never a DUPLICATE")
    void jsonDifferenceInsideStringIsConflict() {
        long stream = DB.datastream("json conflict station", 0, 0);
        long foi = feature(0, 0);
        String time = "2024-08-03T00:00:00Z";
        STORE.writeObservations(List.of(jsonResult(stream, foi, time, "{\"label\": \"sea water\"}")));
        assertThat(statuses(STORE.writeObservations(List.of(jsonResult(stream, foi, time, "{\"label\": \"seawater\"}")))))
                .containsExactly(CONFLICT);
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

    @Test
    @DisplayName("an Observation of a Datastream that does not exist is rejected and not stored")
    void unknownDatastream() {
        long foi = feature(0, 0);
        assertThatThrownBy(() -> STORE.writeObservations(List.of(
                number(987654321L, foi, "2024-08-08T00:00:00Z", "1")))).isInstanceOf(InvalidEntityException.class);
        assertThat(DB.ids("Observations", "$filter", "phenomenonTime eq 2024-08-08T00:00:00Z")).isEmpty();
    }

    @Test
    @DisplayName("listeners hear of created Observations after the commit, not of duplicates")
    void changesPublished() {
        long stream = DB.datastream("listener station", 0, 0);
        long foi = feature(0, 0);
        EntityStore store = new EntityStore(DB.dataSource(), StoreSettings.defaults());
        List<Change> heard = new ArrayList<>();
        store.onChange(heard::addAll);
        List<WriteOutcome> out = store.writeObservations(List.of(number(stream, foi, "2024-08-09T00:00:00Z", "1")));
        store.writeObservations(List.of(number(stream, foi, "2024-08-09T00:00:00Z", "1")));
        assertThat(heard).containsExactly(new Change(EntityType.OBSERVATION, out.get(0).id(), Change.Kind.CREATED));
    }

    @Test
    @DisplayName("write stages (quality control) run before the rows are stored")
    void stagesRunFirst() {
        EntityStore flagging = new EntityStore(DB.dataSource(), StoreSettings.defaults(),
                List.of(rows -> rows.stream().map(r -> r.withQuality("{\"qc\": 4}", (short) 4)).toList()));
        long stream = DB.datastream("stage station", 0, 0);
        List<WriteOutcome> out = flagging.writeObservations(List.of(number(stream, feature(0, 0),
                "2024-08-10T00:00:00Z", "99")));
        assertThat(((RawJson) DB.entity("Observations(" + out.get(0).id() + ")").values().get("resultQuality")).text())
                .contains("\"qc\"", "4");
    }
}
