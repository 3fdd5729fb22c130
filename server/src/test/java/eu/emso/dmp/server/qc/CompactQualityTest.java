package eu.emso.dmp.server.qc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.QueryParser;
import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.QcColumns;
import eu.emso.dmp.qc.QcConfig;
import eu.emso.dmp.qc.QcResult;
import eu.emso.dmp.qc.QcRunner;
import eu.emso.dmp.qc.QcSeries;
import eu.emso.dmp.qc.QcTest;
import eu.emso.dmp.qc.config.QcConfigParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quality control's flags are stored compactly and read back, through the store's read path (the
 * one HTTP, MQTT and the result formats use), as the same {@code resultQuality} the full JSON
 * document gave: identical text, filterable by any member, re-flagged where history changes.
 */
class CompactQualityTest extends QcDatabaseTest {

    @Test
    void readsTheSameResultQualityAsTheFullDocumentDid() throws Exception {
        List<Double> values = TestSeries.values();
        long ds = datastream();
        write(ds, 0, values);
        QcResult whole = whole(values);
        String version = EffectiveConfig.of(config(), "datastream").version();
        Map<String, String> read = read(ds, null);
        assertThat(read).hasSize(values.size());
        for (int i = 0; i < values.size(); i++) {
            StringBuilder full = new StringBuilder("{\"qc_flag\":").append(whole.aggregate(i).code())
                    .append(",\"qartod\":{");
            String separator = "";
            for (QcTest t : whole.tests()) {
                full.append(separator).append('"').append(t.configName()).append("\":").append(whole.flag(t, i).code());
                separator = ",";
            }
            full.append("},\"qc_config\":\"").append(version).append("\"}");
            assertThat(read.get(TestSeries.time(i).toInstant().toString())).as("point %d", i)
                    .isEqualTo(db.jsonb(full.toString()));
        }
    }

    @Test
    void everyTestHasAStorageSlot() {
        for (QcTest t : QcTest.values()) {
            assertThat(QcColumns.TESTS.get(QcColumns.slot(t.configName()))).isEqualTo(t.configName());
        }
    }

    @Test
    void filtersOnTheFlagOfOneTest() throws Exception {
        List<Double> values = TestSeries.values();
        long ds = datastream();
        write(ds, 0, values);
        QcResult whole = whole(values);
        for (int flag : List.of(1, 3, 4)) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (whole.flag(QcTest.SPIKE, i).code() == flag) {
                    expected.add(TestSeries.time(i).toInstant().toString());
                }
            }
            assertThat(read(ds, "resultQuality/qartod/spike_test eq " + flag).keySet()).as("spike %d", flag)
                    .isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(read(ds, "resultQuality/qc_config eq '" + EffectiveConfig.of(config(), "datastream").version()
                + "'")).hasSize(values.size());
    }

    @Test
    void theLatestPointIsReflaggedWhenItsSuccessorArrives() throws Exception {
        long ds = datastream();
        List<Double> values = List.of(13.0, 13.01, 13.02, 15.5, 13.03);
        write(ds, 0, values.subList(0, 4));
        String spiky = TestSeries.time(3).toInstant().toString();
        assertThat(spike(read(ds, null).get(spiky))).as("no successor yet").isEqualTo(2);
        write(ds, 4, values.subList(4, 5));
        assertThat(spike(read(ds, null).get(spiky))).isEqualTo(whole(values).flag(QcTest.SPIKE, 3).code())
                .isIn(3, 4);
    }

    @Test
    void aRerunRecordsTheNewVersionOnRead() throws Exception {
        long ds = datastream();
        write(ds, 0, TestSeries.values());
        ObjectNode patch = Json.mapper().createObjectNode();
        patch.putObject("properties").put("depth", 20).set("quality_control", Json.mapper().readTree(
                "{\"qartod\": {\"gross_range_test\": {\"fail_span\": [12, 14]}}}"));
        db.store.update(ResourcePathParser.parse("Datastreams(" + ds + ")"), patch, false);
        List<String> versions = new ArrayList<>();
        new QcRerun(db.history(), db.resolver, 50).run(ds, null, null, p -> versions.add(p.version()));
        assertThat(read(ds, null).values()).allSatisfy(q -> {
            JsonNode json = Json.mapper().readTree(q);
            assertThat(json.get("qc_config").asText()).isEqualTo(versions.get(0));
            assertThat(json.get("qartod").size()).isEqualTo(1);
        });
    }

    @Test
    void theSourcesFlagsAloneAreStoredAsJsonBesideOurs() throws Exception {
        long ds = datastream();
        write(ds, 0, List.of(13.0, 13.0));
        db.store.writeObservations(List.of(QcDatabase.row(ds, feature, TestSeries.time(2), 13.0,
                "{\"source_qc\": 1, \"source_qc_scheme\": \"OceanSITES\"}", "{\"operator\": \"checked\"}")));
        JsonNode read = Json.mapper().readTree(read(ds, null).get(TestSeries.time(2).toInstant().toString()));
        assertThat(read.get("qc_flag").asInt()).isEqualTo(read.at("/qartod/gross_range_test").asInt());
        assertThat(read.get("source_qartod").asInt()).isEqualTo(1);
        assertThat(read.at("/source_quality/operator").asText()).isEqualTo("checked");
        assertThat(db.rawQuality(ds)).containsExactly(null, null, db.jsonb(
                "{\"source_qc\": 1, \"source_qc_scheme\": \"OceanSITES\", \"source_qartod\": 1,"
                        + " \"source_quality\": {\"operator\": \"checked\"}}"));
    }

    @Test
    void aResultQualitySentWithAnUpdateReplacesTheWholeOfIt() throws Exception {
        long ds = datastream();
        write(ds, 0, List.of(13.0));
        long id = db.store.readCollection(Version.V11, ResourcePathParser.parse("Datastreams(" + ds
                + ")/Observations"), QueryParser.parse(Map.of())).rows().get(0).id();
        ObjectNode patch = Json.mapper().createObjectNode();
        patch.putObject("resultQuality").put("checked_by", "operator");
        db.store.update(ResourcePathParser.parse("Observations(" + id + ")"), patch, false);
        assertThat(read(ds, null).values()).containsExactly("{\"checked_by\": \"operator\"}");
    }

    private static long datastream() throws Exception {
        ObjectNode props = Json.mapper().createObjectNode().put("depth", 20);
        props.set("quality_control", Json.mapper().readTree(TestSeries.CONFIG));
        return db.datastream("TEMP", props);
    }

    private static QcConfig config() throws Exception {
        return QcConfigParser.parse(Json.mapper().readTree(TestSeries.CONFIG));
    }

    private static QcResult whole(List<Double> values) throws Exception {
        long[] t = new long[values.size()];
        double[] v = new double[values.size()];
        double[] z = new double[values.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = TestSeries.time(i).toInstant().toEpochMilli();
            v[i] = values.get(i);
            z[i] = 20;
        }
        return QcRunner.run(config(), QcSeries.ofEpochMillis(t, v).withDepths(z));
    }

    private static void write(long ds, int first, List<Double> values) {
        List<ObservationRow> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(QcDatabase.row(ds, feature, TestSeries.time(first + i), values.get(i), null, null));
        }
        db.store.writeObservations(rows);
    }

    /** resultQuality text by phenomenon time, as the store reads it, of the observations matching {@code filter}. */
    private static Map<String, String> read(long ds, String filter) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        options.put("$top", List.of("1000"));
        options.put("$orderby", List.of("phenomenonTime"));
        if (filter != null) {
            options.put("$filter", List.of(filter));
        }
        var page = db.store.readCollection(Version.V11, ResourcePathParser.parse("Datastreams(" + ds
                + ")/Observations"), QueryParser.parse(options));
        Map<String, String> out = new LinkedHashMap<>();
        for (EntityRow r : page.rows()) {
            RawJson q = (RawJson) r.values().get("resultQuality");
            out.put(((TimeValue) r.values().get("phenomenonTime")).start().toString(), q == null ? null : q.text());
        }
        return out;
    }

    private static int spike(String resultQuality) throws Exception {
        return Json.mapper().readTree(resultQuality).at("/qartod/spike_test").asInt();
    }
}
