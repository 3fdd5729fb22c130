package eu.emso.dmp.server.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.ObservationRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, "re-running QC after a configuration change": after a Datastream's configuration
 * changes, a rerun in chunks gives exactly the flags that writing the series under the new
 * configuration gives, records the new configuration version, and reports progress.
 */
class QcRerunTest extends QcDatabaseTest {
    private static final String NEW_CONFIG = """
            {"qartod": {"gross_range_test": {"fail_span": [12, 14], "suspect_span": [12.9, 13.1]},
                        "spike_test": {"suspect_threshold": 0.5, "fail_threshold": 2},
                        "flat_line_test": {"tolerance": 1e-5, "suspect_threshold": 50, "fail_threshold": 120}}}""";
    @Test
    void rerunAfterAConfigurationChangeEqualsWritingUnderTheNewConfiguration() throws Exception {
        long changed = datastream(TestSeries.CONFIG);
        long reference = datastream(NEW_CONFIG);
        write(changed);
        write(reference);
        String oldVersion = db.stored(changed).get(0).quality().get("qc_config").asText();
        ObjectNode patch = Json.mapper().createObjectNode();
        patch.putObject("properties").put("depth", 20).set("quality_control", Json.mapper().readTree(NEW_CONFIG));
        db.store.update(ResourcePathParser.parse("Datastreams(" + changed + ")"), patch, false);

        List<QcRerun.Progress> progress = new ArrayList<>();
        long done = new QcRerun(db.history(), db.resolver, 37).run(changed, null, null, progress::add);

        assertThat(done).isEqualTo(TestSeries.values().size());
        assertThat(progress).hasSize(5).last().satisfies(p -> assertThat(p.done()).isEqualTo(p.total()));
        List<JsonNode> after = db.stored(changed).stream().map(QcDatabase.Stored::quality).toList();
        assertThat(after).isEqualTo(db.stored(reference).stream().map(QcDatabase.Stored::quality).toList());
        assertThat(after.get(0).get("qc_config").asText()).isNotEqualTo(oldVersion)
                .isEqualTo(progress.get(0).version());
    }

    @Test
    void aRangeRerunTouchesOnlyObservationsInTheRange() throws Exception {
        long ds = datastream(TestSeries.CONFIG);
        write(ds);
        List<QcDatabase.Stored> before = db.stored(ds);
        ObjectNode patch = Json.mapper().createObjectNode();
        patch.putObject("properties").put("depth", 20).set("quality_control", Json.mapper().readTree(NEW_CONFIG));
        db.store.update(ResourcePathParser.parse("Datastreams(" + ds + ")"), patch, false);

        long done = new QcRerun(db.history(), db.resolver, 10).run(ds, TestSeries.time(50), TestSeries.time(59), p -> { });

        assertThat(done).isEqualTo(10);
        List<QcDatabase.Stored> after = db.stored(ds);
        String oldVersion = before.get(0).quality().get("qc_config").asText();
        for (int i = 0; i < after.size(); i++) {
            boolean inRange = i >= 50 && i <= 59;
            assertThat(after.get(i).quality().get("qc_config").asText().equals(oldVersion)).as("point %d", i)
                    .isEqualTo(!inRange);
        }
    }

    @Test
    void anUnknownDatastreamIsAClearError() {
        assertThatThrownBy(() -> new QcRerun(db.history(), db.resolver, 10).run(987654, null, null, p -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("987654");
    }

    private static long datastream(String config) throws Exception {
        ObjectNode props = Json.mapper().createObjectNode().put("depth", 20);
        props.set("quality_control", Json.mapper().readTree(config));
        return db.datastream("TEMP", props);
    }

    private static void write(long ds) {
        List<Double> values = TestSeries.values();
        for (int i = 0; i < values.size(); i += 25) {
            List<ObservationRow> rows = new ArrayList<>();
            for (int j = i; j < Math.min(i + 25, values.size()); j++) {
                rows.add(QcDatabase.row(ds, feature, TestSeries.time(j), values.get(j), null, null));
            }
            db.store.writeObservations(rows);
        }
    }
}
