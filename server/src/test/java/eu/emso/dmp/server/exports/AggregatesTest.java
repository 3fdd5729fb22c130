package eu.emso.dmp.server.exports;

import static eu.emso.dmp.server.exports.ExportServer.datastream;
import static eu.emso.dmp.server.exports.ExportServer.json;
import static eu.emso.dmp.server.exports.ExportServer.observations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /aggregates}: the statistics per interval compared with the same statistics computed
 * here from the Observations STA serves; QC-aware through {@code flags}; 400 for bad intervals.
 */
class AggregatesTest {

    @Test
    @DisplayName("P1D, PT6H, P1M: mean, min, max, stdev, count per interval equal those computed from STA's Observations")
    void statisticsEqualThoseOfStaObservations() {
        long temp = datastream("TEMP");
        long psal = datastream("PSAL");
        Map<String, Function<Instant, Instant>> intervals = Map.of(
                "P1D", t -> t.truncatedTo(ChronoUnit.DAYS),
                "PT6H", t -> t.truncatedTo(ChronoUnit.HOURS).minus(t.atOffset(ZoneOffset.UTC).getHour() % 6, ChronoUnit.HOURS),
                "P1M", t -> t.atOffset(ZoneOffset.UTC).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant());
        intervals.forEach((interval, bin) -> {
            JsonNode a = json("/aggregates?datastreams=" + temp + "," + psal + "&interval=" + interval, 200);
            assertThat(a.path("interval").asText()).isEqualTo(interval);
            assertThat(a.path("datastreams").size()).isEqualTo(2);
            compare(a.path("datastreams").get(0), observations(temp), bin, List.of());
            compare(a.path("datastreams").get(1), observations(psal), bin, List.of());
        });
    }

    @Test
    @DisplayName("flags= and from=/to=: only values with a kept flag in [from, to) are aggregated")
    void qcAware() {
        long temp = datastream("TEMP");
        long psal = datastream("PSAL");
        String range = "&from=2014-02-10T00:00:00Z&to=2014-02-20T00:00:00Z";
        Function<Instant, Instant> day = t -> t.truncatedTo(ChronoUnit.DAYS);
        for (String flags : List.of("1,2", "4", "2,3,4,9")) {
            List<Integer> keep = java.util.Arrays.stream(flags.split(",")).map(Integer::valueOf).toList();
            JsonNode a = json("/aggregates?datastreams=" + temp + "," + psal + "&interval=P1D&flags=" + flags + range, 200);
            for (int i = 0; i < 2; i++) {
                List<ExportServer.Obs> in = observations(i == 0 ? temp : psal).stream()
                        .filter(o -> !o.time().isBefore(Instant.parse("2014-02-10T00:00:00Z"))
                                && o.time().isBefore(Instant.parse("2014-02-20T00:00:00Z"))).toList();
                compare(a.path("datastreams").get(i), in, day, keep);
            }
        }
    }

    @Test
    @DisplayName("a missing or unusable interval, and bad selection parameters, answer 400 naming the parameter")
    void badInput() {
        long temp = datastream("TEMP");
        for (String bad : List.of("", "&interval=PT30S", "&interval=P2M", "&interval=hourly", "&interval=P40D")) {
            assertThat(json("/aggregates?datastreams=" + temp + bad, 400).path("message").asText()).startsWith("interval:");
        }
        assertThat(json("/aggregates?datastreams=" + temp + "&interval=P1D&flags=0", 400).path("message").asText())
                .startsWith("flags:");
        assertThat(json("/aggregates?interval=P1D", 400).path("message").asText()).startsWith("datastreams:");
        assertThat(json("/aggregates?datastreams=999999&interval=P1D", 404).path("message").asText()).contains("999999");
    }

    private static void compare(JsonNode series, List<ExportServer.Obs> sta, Function<Instant, Instant> bin,
                                List<Integer> flags) {
        TreeMap<Instant, List<Double>> expected = new TreeMap<>();
        for (ExportServer.Obs o : sta) {
            if (flags.isEmpty() || flags.contains(o.flag())) {
                expected.computeIfAbsent(bin.apply(o.time()), k -> new ArrayList<>()).add(o.result());
            }
        }
        JsonNode got = series.path("intervals");
        assertThat(got.size()).as(series.path("parameter").asText()).isEqualTo(expected.size());
        int i = 0;
        for (Map.Entry<Instant, List<Double>> e : expected.entrySet()) {
            JsonNode b = got.get(i++);
            List<Double> v = e.getValue();
            double mean = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
            assertThat(Instant.parse(b.path("start").asText())).isEqualTo(e.getKey());
            assertThat(b.path("count").asLong()).isEqualTo(v.size());
            assertThat(b.path("mean").asDouble()).isCloseTo(mean, within(1e-9));
            assertThat(b.path("min").asDouble()).isEqualTo(v.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
            assertThat(b.path("max").asDouble()).isEqualTo(v.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
            if (v.size() > 1) {
                assertThat(b.path("stdev").asDouble()).isCloseTo(Math.sqrt(ss / (v.size() - 1)), within(1e-9));
            } else {
                assertThat(b.path("stdev").isNull()).isTrue();
            }
        }
    }
}
