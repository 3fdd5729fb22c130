package eu.emso.dmp.server.qc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.qc.QcResult;
import eu.emso.dmp.qc.QcRunner;
import eu.emso.dmp.qc.config.QcConfigParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, "applied in the write path": the same series gets identical resultQuality whether it
 * arrives one observation at a time, in one batch, or in shuffled batches arriving out of order,
 * and those flags are the flags of evaluating the whole series at once.
 */
class WritePathQcTest extends QcDatabaseTest {
    @Test
    void oneByOneBatchAndOutOfOrderArrivalGiveIdenticalFlags() throws Exception {
        List<Double> values = TestSeries.values();
        long oneByOne = datastream();
        long batch = datastream();
        long shuffled = datastream();
        for (int i = 0; i < values.size(); i++) {
            db.store.writeObservations(List.of(row(oneByOne, i, values.get(i))));
        }
        List<ObservationRow> all = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            all.add(row(batch, i, values.get(i)));
        }
        db.store.writeObservations(all);
        writeShuffled(shuffled, values);

        List<QcDatabase.Stored> expected = db.stored(batch);
        assertThat(expected).hasSize(values.size());
        assertThat(qualities(db.stored(oneByOne))).isEqualTo(qualities(expected));
        assertThat(qualities(db.stored(shuffled))).isEqualTo(qualities(expected));
    }

    @Test
    void flagsEqualThoseOfTheWholeSeriesAndTheColumnHoldsTheAggregate() throws Exception {
        List<Double> values = TestSeries.values();
        long ds = datastream();
        for (int i = 0; i < values.size(); i += 7) {
            List<ObservationRow> chunk = new ArrayList<>();
            for (int j = i; j < Math.min(i + 7, values.size()); j++) {
                chunk.add(row(ds, j, values.get(j)));
            }
            db.store.writeObservations(chunk);
        }
        QcResult whole = QcRunner.run(QcConfigParser.parse(Json.mapper().readTree(TestSeries.CONFIG)),
                TestSeries.series(values));
        List<QcDatabase.Stored> stored = db.stored(ds);
        for (int i = 0; i < values.size(); i++) {
            JsonNode q = stored.get(i).quality();
            assertThat(q.get("qc_flag").asInt()).as("point %d", i).isEqualTo(whole.aggregate(i).code());
            assertThat(stored.get(i).flag()).isEqualTo(whole.aggregate(i).code());
            for (var test : whole.tests()) {
                assertThat(q.at("/qartod/" + test.configName()).asInt()).as("%s at %d", test, i)
                        .isEqualTo(whole.flag(test, i).code());
            }
        }
        assertThat(stored).extracting(QcDatabase.Stored::flag).contains((short) 1, (short) 3, (short) 4);
        assertThat(stored.get(0).quality().get("qc_config").asText()).hasSize(12);
    }

    private static long datastream() throws Exception {
        ObjectNode props = Json.mapper().createObjectNode().put("depth", 20);
        props.set("quality_control", Json.mapper().readTree(TestSeries.CONFIG));
        return db.datastream("TEMP", props);
    }

    private static void writeShuffled(long ds, List<Double> values) {
        Random random = new Random(5);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int i = 0; i < order.size(); ) {
            int size = 1 + random.nextInt(12);
            List<ObservationRow> chunk = new ArrayList<>();
            for (int j = i; j < Math.min(i + size, order.size()); j++) {
                chunk.add(row(ds, order.get(j), values.get(order.get(j))));
            }
            db.store.writeObservations(chunk);
            i += size;
        }
    }

    private static List<JsonNode> qualities(List<QcDatabase.Stored> stored) {
        return stored.stream().map(QcDatabase.Stored::quality).toList();
    }

    private static ObservationRow row(long ds, int i, double v) {
        return QcDatabase.row(ds, feature, TestSeries.time(i), v, null, null);
    }
}
