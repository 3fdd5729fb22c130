package eu.emso.dmp.server.exports;

import static eu.emso.dmp.server.exports.ExportServer.datastream;
import static eu.emso.dmp.server.exports.ExportServer.fetch;
import static eu.emso.dmp.server.exports.ExportServer.json;
import static eu.emso.dmp.server.exports.ExportServer.observations;
import static eu.emso.dmp.server.exports.ExportServer.thing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The CSV and GeoJSON exports parsed and compared with what SensorThings serves; flags, times and bad input. */
class CsvExportTest {

    @Test
    @DisplayName("CSV: commented metadata header, TIME + <VAR>,<VAR>_QC columns, every value and flag as STA serves it")
    void csvHoldsWhatStaServes() {
        long temp = datastream("TEMP");
        long psal = datastream("PSAL");
        HttpResponse<byte[]> r = fetch("/exports/csv?datastreams=" + temp + "," + psal);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"OBSEA_20140201-20140301.csv\"");
        List<ExportServer.Obs> t = observations(temp);
        List<ExportServer.Obs> p = observations(psal);
        assertThat(r.headers().firstValue(ExportHandler.VALUES_HEADER)).hasValue(Long.toString(t.size() + p.size()));
        String[] lines = new String(r.body(), StandardCharsets.UTF_8).split("\r\n");
        int header = 0;
        while (lines[header].startsWith("#")) {
            header++;
        }
        assertThat(String.join("\n", Arrays.copyOf(lines, header))).contains("# variable TEMP: datastream=" + temp,
                "standard_name=\"sea_water_temperature\"", "# platform ", "platform_code=\"OBSEA\"");
        assertThat(lines[header]).isEqualTo("TIME,TEMP,TEMP_QC,PSAL,PSAL_QC");
        Map<Instant, String[]> rows = new HashMap<>();
        for (int i = header + 1; i < lines.length; i++) {
            String[] c = lines[i].split(",", -1);
            assertThat(c).hasSize(5);
            rows.put(Instant.parse(c[0]), c);
        }
        compare(rows, t, 1);
        compare(rows, p, 3);
    }

    private static void compare(Map<Instant, String[]> rows, List<ExportServer.Obs> sta, int column) {
        for (ExportServer.Obs o : sta) {
            String[] c = rows.get(o.time());
            assertThat(Double.parseDouble(c[column])).as(o.time().toString()).isEqualTo(o.result());
            assertThat(c[column + 1]).isEqualTo(o.flag() == 0 ? "" : Integer.toString(o.flag()));
        }
        assertThat(rows.values().stream().filter(c -> !c[column].isEmpty()).count()).isEqualTo(sta.size());
    }

    @Test
    @DisplayName("flags=, from=, to=: only values whose QARTOD flag is asked for, in [from, to)")
    void flagsAndTimeRange() {
        long temp = datastream("TEMP");
        long psal = datastream("PSAL");
        Instant from = Instant.parse("2014-02-02T00:00:00Z");
        Instant to = Instant.parse("2014-03-01T06:00:00Z");
        List<ExportServer.Obs> t = observations(temp);
        List<ExportServer.Obs> p = observations(psal);
        assertThat(java.util.stream.Stream.concat(t.stream(), p.stream()).map(ExportServer.Obs::flag).distinct().count())
                .as("the two series hold different flags").isGreaterThan(1);
        long kept = 0;
        for (String flags : List.of("1,2", "3,4", "4,9", "2")) {
            List<Integer> keep = Arrays.stream(flags.split(",")).map(Integer::valueOf).toList();
            String body = new String(fetch("/exports/csv?datastreams=" + temp + "," + psal + "&from=" + from + "&to=" + to
                    + "&flags=" + flags).body(), StandardCharsets.UTF_8);
            Map<Instant, String[]> rows = new HashMap<>();
            body.lines().filter(l -> !l.startsWith("#") && !l.startsWith("TIME"))
                    .forEach(l -> rows.put(Instant.parse(l.split(",", -1)[0]), l.split(",", -1)));
            List<ExportServer.Obs> et = kept(t, from, to, keep);
            List<ExportServer.Obs> ep = kept(p, from, to, keep);
            compare(rows, et, 1);
            compare(rows, ep, 3);
            kept += et.size() + ep.size();
            for (String[] c : rows.values()) {
                assertThat(Instant.parse(c[0])).isAfterOrEqualTo(from).isBefore(to);
                for (int col : new int[] {2, 4}) {
                    assertThat(c[col].isEmpty() || keep.contains(Integer.parseInt(c[col]))).as(flags).isTrue();
                }
            }
        }
        assertThat(kept).isPositive();
    }

    private static List<ExportServer.Obs> kept(List<ExportServer.Obs> all, Instant from, Instant to, List<Integer> flags) {
        return all.stream().filter(o -> !o.time().isBefore(from) && o.time().isBefore(to) && flags.contains(o.flag()))
                .toList();
    }

    @Test
    @DisplayName("GeoJSON: one Point Feature per value, at the platform, with time, value, qc_flag as STA serves them")
    void geojson() throws Exception {
        long temp = datastream("TEMP");
        HttpResponse<byte[]> r = fetch("/exports/geojson?datastreams=" + temp + "&to=2014-02-02");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        JsonNode fc = eu.emso.dmp.model.json.Json.mapper().readTree(r.body());
        List<ExportServer.Obs> sta = observations(temp).stream()
                .filter(o -> o.time().isBefore(Instant.parse("2014-02-02T00:00:00Z"))).toList();
        assertThat(fc.path("features").size()).isEqualTo(sta.size());
        for (int i = 0; i < sta.size(); i++) {
            JsonNode f = fc.path("features").get(i);
            assertThat(f.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(41.1819);
            assertThat(Instant.parse(f.path("properties").path("time").asText())).isEqualTo(sta.get(i).time());
            assertThat(f.path("properties").path("value").asDouble()).isEqualTo(sta.get(i).result());
            assertThat(f.path("properties").path("qc_flag").asInt(0)).isEqualTo(sta.get(i).flag());
            assertThat(f.path("properties").path("variable").asText()).isEqualTo("TEMP");
        }
    }

    @Test
    @DisplayName("bad parameters answer 400 naming the parameter; unknown ids and formats 404")
    void badInput() {
        long temp = datastream("TEMP");
        Map<String, String> bad = Map.of(
                "/exports/csv?datastreams=" + temp + "&flags=5", "flags",
                "/exports/csv?datastreams=" + temp + "&from=yesterday", "from",
                "/exports/csv?datastreams=" + temp + "&from=2014-02-05&to=2014-02-01", "to",
                "/exports/csv?datastreams=abc", "datastreams",
                "/exports/csv?datastreams=" + temp + "&thing=" + thing(), "datastreams",
                "/exports/csv", "datastreams",
                "/exports/csv?datastreams=" + temp + "&format=x", "format");
        bad.forEach((path, parameter) ->
                assertThat(json(path, 400).path("message").asText()).as(path).startsWith(parameter + ":"));
        assertThat(json("/exports/csv?datastreams=" + temp + ",999999", 404).path("message").asText())
                .contains("999999");
        assertThat(json("/exports/netcdf?thing=999999", 404).path("message").asText()).startsWith("thing:");
        assertThat(json("/exports/xlsx?thing=" + thing(), 404).path("message").asText()).startsWith("format:");
    }
}
