package eu.emso.dmp.model.store;

import static eu.emso.dmp.model.store.Batches.feature;
import static eu.emso.dmp.model.store.Batches.jsonResult;
import static eu.emso.dmp.model.store.Batches.number;
import static eu.emso.dmp.model.store.WriteOutcome.Status.CONFLICT;
import static eu.emso.dmp.model.store.WriteOutcome.Status.CREATED;
import static eu.emso.dmp.model.store.WriteOutcome.Status.DUPLICATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.entity.RawJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one write path for observation batches ({@link EntityStore#writeObservations}): outcomes
 * CREATED, DUPLICATE and CONFLICT under the key (Datastream, phenomenon time), numbers that keep
 * their digits, references that must exist, write stages, and change events after commit.
 */
class WritePathTest {
    private static final StoreFixture DB = StoreFixture.get();
    private static final EntityStore STORE = DB.store();

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
    @DisplayName("an Observation of a Datastream that does not exist is rejected and not stored")
    void unknownDatastream() {
        long foi = feature(0, 0);
        assertThatThrownBy(() -> STORE.writeObservations(List.of(
                number(987654321L, foi, "2024-08-08T00:00:00Z", "1")))).isInstanceOf(InvalidEntityException.class);
        assertThat(DB.ids("Observations", "$filter", "phenomenonTime eq 2024-08-08T00:00:00Z")).isEmpty();
    }

    @Test
    @DisplayName("an Observation of a FeatureOfInterest that does not exist is rejected and not stored")
    void unknownFeature() {
        long stream = DB.datastream("unknown feature station", 0, 0);
        assertThatThrownBy(() -> STORE.writeObservations(List.of(
                number(stream, 987654321L, "2024-08-11T00:00:00Z", "1")))).isInstanceOf(InvalidEntityException.class);
        assertThat(DB.ids("Datastreams(" + stream + ")/Observations")).isEmpty();
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
                List.of((rows, history) -> rows.stream().map(r -> r.withQuality("{\"qc\": 4}", (short) 4)).toList()));
        long stream = DB.datastream("stage station", 0, 0);
        List<WriteOutcome> out = flagging.writeObservations(List.of(number(stream, feature(0, 0),
                "2024-08-10T00:00:00Z", "99")));
        assertThat(((RawJson) DB.entity("Observations(" + out.get(0).id() + ")").values().get("resultQuality")).text())
                .contains("\"qc\"", "4");
    }
}
