package eu.emso.dmp.server.qc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.WriteOutcome;
import eu.emso.dmp.qc.QcResult;
import eu.emso.dmp.qc.QcRunner;
import eu.emso.dmp.qc.config.QcConfigParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quality control from the series summary kept in memory: for random arrival orders (mostly one
 * value after the other, with late and out-of-order values, values sent twice, observations
 * deleted and sent again, writes by a second process and restarts of it), every stored flag is
 * the flag of evaluating the whole stored series at once; and values that follow the stored
 * series are flagged without reading it.
 */
class SeriesSummaryTest extends QcDatabaseTest {
    private static final List<Double> VALUES = TestSeries.values();

    @ParameterizedTest(name = "arrival order {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void flagsEqualThoseOfTheWholeStoredSeriesWhateverTheArrivalOrder(long seed) throws Exception {
        Random random = new Random(seed);
        long ds = datastream();
        QcStage mine = new QcStage(db.resolver);
        EntityStore store = db.store(List.of(mine));
        EntityStore other = db.store(List.of(new QcStage(db.resolver)));
        LinkedList<Integer> pending = arrivalOrder(random);
        Map<Integer, Long> ids = new HashMap<>();
        while (!pending.isEmpty()) {
            double dice = random.nextDouble();
            if (dice < 0.04) {
                other = db.store(List.of(new QcStage(db.resolver))); // the other process restarts
            } else if (dice < 0.08 && !ids.isEmpty()) {
                int gone = new ArrayList<>(ids.keySet()).get(random.nextInt(ids.size()));
                store.delete(ResourcePathParser.parse("Observations(" + ids.remove(gone) + ")"));
                pending.add(random.nextInt(pending.size() + 1), gone);
                continue;
            } else if (dice < 0.12 && !ids.isEmpty()) {
                int again = new ArrayList<>(ids.keySet()).get(random.nextInt(ids.size()));
                assertThat(store.writeObservations(List.of(row(ds, again))).get(0).status())
                        .isEqualTo(WriteOutcome.Status.DUPLICATE);
                continue;
            }
            int size = random.nextDouble() < 0.8 ? 1 : 1 + random.nextInt(20);
            List<Integer> chunk = new ArrayList<>();
            for (int j = 0; j < size && !pending.isEmpty(); j++) {
                chunk.add(pending.removeFirst());
            }
            EntityStore writer = random.nextDouble() < 0.1 ? other : store;
            List<WriteOutcome> out = writer.writeObservations(chunk.stream().map(i -> row(ds, i)).toList());
            for (int j = 0; j < chunk.size(); j++) {
                assertThat(out.get(j).status()).isEqualTo(WriteOutcome.Status.CREATED);
                ids.put(chunk.get(j), out.get(j).id());
            }
        }
        assertFlagsOfWholeSeries(ds);
        assertThat(mine.summaryHits()).as("writes flagged from the summary in memory").isPositive();
    }

    @Test
    void valuesAppendedOneAtATimeAreFlaggedFromTheSummaryAlone() throws Exception {
        long ds = datastream();
        QcStage stage = new QcStage(db.resolver);
        EntityStore store = db.store(List.of(stage));
        for (int i = 0; i < VALUES.size(); i++) {
            store.writeObservations(List.of(row(ds, i)));
        }
        assertFlagsOfWholeSeries(ds);
        // only the first write, with nothing in memory yet, reads the stored history
        assertThat(stage.summaryHits()).isEqualTo(VALUES.size() - 1);
    }

    /** In time order, but about one value in eight arrives late, up to 40 values later. */
    private static LinkedList<Integer> arrivalOrder(Random random) {
        LinkedList<Integer> order = new LinkedList<>();
        List<int[]> late = new ArrayList<>();
        for (int i = 0; i < VALUES.size(); i++) {
            if (random.nextInt(8) == 0) {
                late.add(new int[] {i, i + 1 + random.nextInt(40)});
            } else {
                order.add(i);
            }
        }
        for (int[] l : late) {
            int at = order.indexOf(Math.min(l[1], VALUES.size() - 1));
            order.add(at < 0 ? order.size() : at, l[0]);
        }
        return order;
    }

    private static void assertFlagsOfWholeSeries(long ds) throws Exception {
        QcResult whole = QcRunner.run(QcConfigParser.parse(Json.mapper().readTree(TestSeries.CONFIG)),
                TestSeries.series(VALUES));
        List<QcDatabase.Stored> stored = db.stored(ds);
        assertThat(stored).hasSize(VALUES.size());
        for (int i = 0; i < VALUES.size(); i++) {
            JsonNode q = stored.get(i).quality();
            assertThat(stored.get(i).flag()).as("qc_flag at %d", i).isEqualTo(whole.aggregate(i).code());
            for (var test : whole.tests()) {
                assertThat(q.at("/qartod/" + test.configName()).asInt()).as("%s at %d", test, i)
                        .isEqualTo(whole.flag(test, i).code());
            }
        }
    }

    private static long datastream() throws Exception {
        ObjectNode props = Json.mapper().createObjectNode().put("depth", 20);
        props.set("quality_control", Json.mapper().readTree(TestSeries.CONFIG));
        return db.datastream("TEMP", props);
    }

    private static ObservationRow row(long ds, int i) {
        return QcDatabase.row(ds, feature, TestSeries.time(i), VALUES.get(i), null, null);
    }
}
