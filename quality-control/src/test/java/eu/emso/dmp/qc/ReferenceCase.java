package eu.emso.dmp.qc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of the reference test suite ported to {@code ioos_qc/test_qartod_cases.json}: an
 * ioos_qc configuration, a series and the flags ioos_qc expects.
 */
record ReferenceCase(String name, String test, JsonNode config, QcSeries series, byte[] expected) {

    static final String RESOURCE = "/ioos_qc/test_qartod_cases.json";

    @Override
    public String toString() {
        return name;
    }

    static JsonNode document() {
        try (InputStream in = ReferenceCase.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReferenceCase> all() {
        List<ReferenceCase> cases = new ArrayList<>();
        for (JsonNode c : document().get("cases")) {
            double[] values = doubles(c.get("values"));
            QcSeries series = QcSeries.ofEpochMillis(times(c.get("times"), values.length), values);
            if (c.has("depths")) {
                series = series.withDepths(doubles(c.get("depths")));
            }
            cases.add(new ReferenceCase(c.get("name").asText(), c.get("test").asText(),
                    c.get("config"), series, bytes(c.get("expected"))));
        }
        return cases;
    }

    /** Values with JSON null read as NaN (missing). */
    static double[] doubles(JsonNode array) {
        double[] result = new double[array.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = array.get(i).isNull() ? Double.NaN : array.get(i).doubleValue();
        }
        return result;
    }

    static byte[] bytes(JsonNode array) {
        byte[] result = new byte[array.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = (byte) array.get(i).intValue();
        }
        return result;
    }

    /** Times as listed, a regular sequence, or (when absent) one point per second from the epoch. */
    private static long[] times(JsonNode node, int size) {
        long[] millis = new long[size];
        if (node == null) {
            for (int i = 0; i < size; i++) {
                millis[i] = i * 1000L;
            }
        } else if (node.isObject()) {
            long start = Instant.parse(node.get("start").asText()).toEpochMilli();
            long step = node.get("step_seconds").asLong() * 1000L;
            for (int i = 0; i < size; i++) {
                millis[i] = start + i * step;
            }
        } else {
            for (int i = 0; i < size; i++) {
                JsonNode t = node.get(i);
                millis[i] = t.isNumber() ? t.asLong() * 1000L
                        : LocalDate.parse(t.asText()).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
        }
        return millis;
    }
}
