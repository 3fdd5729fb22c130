package eu.emso.dmp.server.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /portal/api/datastreams/{id}/buckets}: min, max, count and worst QC flag per time
 * bucket are those computed from the same Observations read through SensorThings; bad values go
 * when asked; bad parameters get a 400 naming them.
 */
class BucketsEndpointTest {
    private static PortalServer server;
    private static DemoLikeData data;

    @BeforeAll
    static void start() throws Exception {
        server = PortalServer.start();
        data = DemoLikeData.load(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Expected(double min, double max, long count, int flag) {
    }

    /**
     * How the buckets of a request are cut, by the rule docs/portal.md states: {@code n} equal
     * buckets from {@code from} to {@code to} (the last holding {@code to}), or, when a bucket
     * would be at least one 10-minute granule wide, buckets of whole granules from the granule
     * holding {@code from} to the one holding {@code to}.
     */
    private record Cut(double origin, double end, double width, int count, boolean endIncluded) {
        static Cut of(Instant from, Instant to, int n) {
            double lo = from.getEpochSecond();
            double hi = to.getEpochSecond();
            if ((hi - lo) / n < GRANULE) {
                return new Cut(lo, hi, (hi - lo) / n, n, true);
            }
            long first = Math.floorDiv(from.getEpochSecond(), GRANULE) * GRANULE;
            long last = Math.floorDiv(to.getEpochSecond(), GRANULE) * GRANULE;
            long perBucket = ((last - first) / GRANULE + 1 + n - 1) / n;
            long width = perBucket * GRANULE;
            return new Cut(first, last + GRANULE, width, (int) ((last + GRANULE - first + width - 1) / width), false);
        }

        int bucket(double t) {
            return Math.min(count, (int) Math.floor((t - origin) / width) + 1);
        }
    }

    private static final long GRANULE = 600;

    /** The buckets computed here from the Observations SensorThings returns for the range. */
    private static Map<Integer, Expected> fromSta(long stream, Cut cut, boolean hideBad) {
        String filter = "phenomenonTime ge " + Instant.ofEpochSecond((long) cut.origin()) + " and phenomenonTime "
                + (cut.endIncluded() ? "le " : "lt ") + Instant.ofEpochSecond((long) cut.end());
        JsonNode obs = server.json("/v1.1/Datastreams(" + stream + ")/Observations?$top=10000&$select=phenomenonTime,"
                + "result,resultQuality&$filter=" + PortalServer.encode(filter)).path("value");
        Map<Integer, List<JsonNode>> byBucket = new TreeMap<>();
        for (JsonNode o : obs) {
            int flag = o.path("resultQuality").path("qc_flag").asInt();
            if (hideBad && flag == 4) {
                continue;
            }
            double t = Instant.parse(o.path("phenomenonTime").asText()).getEpochSecond();
            byBucket.computeIfAbsent(cut.bucket(t), k -> new ArrayList<>()).add(o);
        }
        Map<Integer, Expected> out = new TreeMap<>();
        List<Integer> severity = List.of(0, 1, 2, 9, 3, 4);
        byBucket.forEach((b, list) -> out.put(b, new Expected(
                list.stream().mapToDouble(o -> o.path("result").asDouble()).min().orElseThrow(),
                list.stream().mapToDouble(o -> o.path("result").asDouble()).max().orElseThrow(),
                list.size(),
                list.stream().map(o -> o.path("resultQuality").path("qc_flag").asInt())
                        .max((a, c) -> severity.indexOf(a) - severity.indexOf(c)).orElseThrow())));
        return out;
    }

    private static Map<Integer, Expected> fromSta(long stream, Instant from, Instant to, int n, boolean hideBad) {
        return fromSta(stream, Cut.of(from, to, n), hideBad);
    }

    private static Map<Integer, Expected> fromPortal(long stream, Instant from, Instant to, int n, boolean hideBad) {
        JsonNode b = server.json("/portal/api/datastreams/" + stream + "/buckets?from=" + from + "&to=" + to
                + "&n=" + n + "&hideBad=" + hideBad);
        assertThat(b.path("n").asInt()).isEqualTo(n);
        Cut cut = Cut.of(from, to, n);
        assertThat(Instant.parse(b.path("origin").asText()).getEpochSecond()).as("origin, n=%d", n)
                .isEqualTo((long) cut.origin());
        assertThat(b.path("width").asDouble()).as("width, n=%d", n).isCloseTo(cut.width(), within(1e-6));
        assertThat(b.path("granule").asLong()).as("granule, n=%d", n).isEqualTo(cut.endIncluded() ? 0 : GRANULE);
        Map<Integer, Expected> out = new TreeMap<>();
        for (int i = 0; i < b.path("time").size(); i++) {
            double t = b.path("time").get(i).asDouble();
            out.put(cut.bucket(t), new Expected(b.path("min").get(i).asDouble(), b.path("max").get(i).asDouble(),
                    b.path("count").get(i).asLong(), b.path("flag").get(i).asInt()));
        }
        return out;
    }

    @Test
    void bucketsAgreeWithTheObservationsOfSensorThings() {
        Instant from = DemoLikeData.START.plusSeconds(3 * 3600);
        Instant to = DemoLikeData.START.plusSeconds(80 * 3600);
        for (int n : new int[] {1, 7, 40, 2000}) {
            Map<Integer, Expected> expected = fromSta(data.alphaTemperature, from, to, n, false);
            assertThat(fromPortal(data.alphaTemperature, from, to, n, false)).as("n=%d", n)
                    .usingRecursiveComparison().withComparatorForType((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : 1,
                            Double.class).isEqualTo(expected);
        }
        Map<Integer, Expected> forty = fromSta(data.alphaTemperature, from, to, 40, false);
        assertThat(forty.values()).extracting(Expected::flag).contains(4, 3, 1);
        assertThat(forty.values().stream().mapToLong(Expected::count).sum()).isEqualTo(463);
    }

    @Test
    void hidingBadValuesLeavesThemOut() {
        Instant from = DemoLikeData.START;
        Instant to = DemoLikeData.START.plusSeconds(600L * (DemoLikeData.ALPHA_COUNT - 1));
        Map<Integer, Expected> hidden = fromPortal(data.alphaTemperature, from, to, 10, true);
        assertThat(hidden).usingRecursiveComparison()
                .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : 1, Double.class)
                .isEqualTo(fromSta(data.alphaTemperature, from, to, 10, true));
        assertThat(hidden.values()).extracting(Expected::flag).doesNotContain(4);
        assertThat(hidden.values()).extracting(Expected::max).allMatch(m -> m < 30);
        assertThat(hidden.values().stream().mapToLong(Expected::count).sum())
                .isEqualTo(DemoLikeData.ALPHA_COUNT - DemoLikeData.ALPHA_COUNT / 50);
    }

    @Test
    void withoutARangeTheWholePhenomenonTimeIsBucketed() {
        JsonNode b = server.json("/portal/api/datastreams/" + data.alphaSalinity + "/buckets");
        assertThat(b.path("from").asText()).isEqualTo("2014-02-01T00:00:00Z");
        assertThat(b.path("n").asInt()).isEqualTo(800);
        long total = 0;
        for (JsonNode c : b.path("count")) {
            total += c.asLong();
        }
        assertThat(total).isEqualTo(DemoLikeData.ALPHA_COUNT);
        assertThat(b.path("flag").get(0).asInt()).isEqualTo(2);
    }

    @Test
    void badParametersAreNamed() {
        String base = "/portal/api/datastreams/" + data.alphaTemperature + "/buckets?";
        Map<String, String> cases = Map.of(
                base + "n=0", "n: expected an integer from 1 to 2000, found '0'",
                base + "n=2001", "n: expected an integer from 1 to 2000, found '2001'",
                base + "from=yesterday", "from: expected an ISO 8601 time",
                base + "from=2014-02-02T00:00:00Z&to=2014-02-01T00:00:00Z", "to: must not be before from",
                base + "hideBad=yes", "hideBad: expected true or false",
                "/portal/api/datastreams/abc/buckets", "datastream id: expected an integer, found 'abc'");
        cases.forEach((path, message) -> {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("\"type\":\"error\"").contains(message);
        });
        HttpResponse<String> missing = server.get("/portal/api/datastreams/999999/buckets");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no Datastream with id 999999");
    }
}
