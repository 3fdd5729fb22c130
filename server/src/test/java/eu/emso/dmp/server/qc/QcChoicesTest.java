package eu.emso.dmp.server.qc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.QueryParser;
import eu.emso.dmp.model.store.ObservationRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which configuration applies (Datastream, site default by ObservedProperty, none), what is not
 * evaluated, flags from the source kept beside ours, and filtering on resultQuality/qc_flag.
 */
class QcChoicesTest extends QcDatabaseTest {
    @Test
    void siteDefaultAppliesByObservedPropertyNameAndUsesTheDatastreamDepth() throws Exception {
        long ds = db.datastream("CNDC", null);
        write(ds, 4.2, 4.21, 0.5, 4.2, 6.2);
        List<QcDatabase.Stored> stored = db.stored(ds);
        assertThat(stored.get(0).quality().get("qartod").has("gross_range_test")).isTrue();
        assertThat(stored.get(0).quality().get("qartod").has("flat_line_test")).isFalse();
        assertThat(stored.get(2).quality().at("/qartod/gross_range_test").asInt()).isEqualTo(4);
        assertThat(stored.get(4).quality().at("/qartod/gross_range_test").asInt()).isEqualTo(3);
        long temp = db.datastream("TEMP", Json.mapper().createObjectNode().put("depth", 20));
        write(temp, 13.0, 13.001, 20.0);
        assertThat(db.stored(temp).get(2).quality().at("/qartod/climatology_test").asInt())
                .as("20 degC is outside the Jan-Mar climatology at 0-100 m").isEqualTo(3);
    }

    @Test
    void withoutConfigurationOrForOtherResultsEverythingIsUnknownWithNoTests() throws Exception {
        long ds = db.datastream("XXXX", null);
        write(ds, 1.0, 999.0);
        ObservationRow text = new ObservationRow(ds, feature, TestSeries.time(5), TestSeries.time(5), null, null, null,
                (short) 1, null, "cloudy", null, null, null, null);
        db.store.writeObservations(List.of(text));
        for (QcDatabase.Stored s : db.stored(ds)) {
            assertThat(s.flag()).isEqualTo((short) 2);
            assertThat(s.quality().get("qc_flag").asInt()).isEqualTo(2);
            assertThat(s.quality().get("qartod")).isEmpty();
            assertThat(s.quality().has("qc_config")).isFalse();
        }
    }

    @Test
    void anInvalidDatastreamConfigurationIsReportedNotReplacedAndDataIsStillStored() throws Exception {
        ObjectNode props = Json.mapper().createObjectNode();
        props.putObject("quality_control").putObject("qartod").putObject("spike_test").put("fail_threshold", -1);
        long ds = db.datastream("TEMP", props);
        write(ds, 13.0, 50.0);
        List<QcDatabase.Stored> stored = db.stored(ds);
        assertThat(stored).hasSize(2).allSatisfy(s -> assertThat(s.flag()).isEqualTo((short) 2));
        assertThat(stored.get(1).quality().get("qc_config_error").asText())
                .startsWith("properties.quality_control.qartod.spike_test.fail_threshold");
    }

    @Test
    void sourceFlagsAndSentQualityAreKeptBesideOursAndMappedToQartod() throws Exception {
        long ds = db.datastream("CNDC", null);
        List<ObservationRow> rows = List.of(
                QcDatabase.row(ds, feature, TestSeries.time(0), 4.2,
                        "{\"source_qc\": 4, \"source_qc_scheme\": \"OceanSITES\"}", null),
                QcDatabase.row(ds, feature, TestSeries.time(1), 4.2,
                        "{\"source_qc\": 8, \"source_qc_scheme\": \"OceanSITES\"}", null),
                QcDatabase.row(ds, feature, TestSeries.time(2), 4.2, null, "{\"operator\": \"checked\", \"qc_flag\": 4}"));
        db.store.writeObservations(rows);
        List<QcDatabase.Stored> stored = db.stored(ds);
        JsonNode first = stored.get(0).quality();
        assertThat(first.get("qc_flag").asInt()).as("our own flag is not replaced").isEqualTo(1);
        assertThat(first.get("source_qc").asInt()).isEqualTo(4);
        assertThat(first.get("source_qartod").asInt()).isEqualTo(4);
        assertThat(stored.get(1).quality().get("source_qc").asInt()).isEqualTo(8);
        assertThat(stored.get(1).quality().has("source_qartod")).as("8 interpolated has no QARTOD flag").isFalse();
        JsonNode third = stored.get(2).quality();
        assertThat(third.get("source_quality")).isEqualTo(Json.mapper().readTree(
                "{\"operator\": \"checked\", \"qc_flag\": 4}"));
        assertThat(third.get("qc_flag").asInt()).isEqualTo(stored.get(2).flag());
        write(ds, 4.2, 4.2, 4.2, 4.2);
        assertThat(db.stored(ds).get(2).quality().get("source_quality").get("operator").asText())
                .as("kept when a successor re-flags the point").isEqualTo("checked");
    }

    @Test
    void filtersOnTheAggregateFlag() throws Exception {
        ObjectNode props = Json.mapper().createObjectNode().put("depth", 20);
        props.set("quality_control", Json.mapper().readTree(TestSeries.CONFIG));
        long ds = db.datastream("TEMP", props);
        List<ObservationRow> rows = new ArrayList<>();
        List<Double> values = TestSeries.values();
        for (int i = 0; i < values.size(); i++) {
            rows.add(QcDatabase.row(ds, feature, TestSeries.time(i), values.get(i), null, null));
        }
        db.store.writeObservations(rows);
        List<QcDatabase.Stored> stored = db.stored(ds);
        for (String filter : List.of("resultQuality/qc_flag eq 4", "resultQuality/qc_flag le 2",
                "resultQuality/qc_flag eq 3 and result gt 13")) {
            Set<String> expected = stored.stream().filter(s -> matches(filter, s)).map(s -> s.time().toInstant()
                    .toString()).collect(Collectors.toSet());
            Set<String> got = filter(ds, filter);
            assertThat(got).as(filter).isNotEmpty().isEqualTo(expected);
        }
    }

    private static boolean matches(String filter, QcDatabase.Stored s) {
        return switch (filter) {
            case "resultQuality/qc_flag eq 4" -> s.flag() == 4;
            case "resultQuality/qc_flag le 2" -> s.flag() <= 2;
            default -> s.flag() == 3 && TestSeries.values().get(index(s)) > 13;
        };
    }

    private static int index(QcDatabase.Stored s) {
        return (int) (java.time.Duration.between(TestSeries.START, s.time()).getSeconds() / 10);
    }

    private static Set<String> filter(long ds, String filter) {
        var page = db.store.readCollection(Version.V11, ResourcePathParser.parse("Datastreams(" + ds + ")/Observations"),
                QueryParser.parse(Map.of("$filter", List.of(filter), "$top", List.of("1000"))));
        return page.rows().stream().map(EntityRow::values)
                .map(v -> ((TimeValue) v.get("phenomenonTime")).start().toString()).collect(Collectors.toSet());
    }

    private static void write(long ds, double... values) {
        List<ObservationRow> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            rows.add(QcDatabase.row(ds, feature, TestSeries.time(i), values[i], null, null));
        }
        db.store.writeObservations(rows);
    }
}
