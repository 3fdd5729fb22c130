package eu.emso.dmp.qc.config;

import static eu.emso.dmp.qc.config.JsonValues.child;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.qc.QcConfig;
import eu.emso.dmp.qc.QcTest;
import eu.emso.dmp.qc.qartod.FlatLineConfig;
import eu.emso.dmp.qc.qartod.GrossRangeConfig;
import eu.emso.dmp.qc.qartod.RateOfChangeConfig;
import eu.emso.dmp.qc.qartod.SpikeConfig;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Parses QC configuration shaped like ioos_qc's:
 * <pre>{@code
 * {"qartod": {
 *    "gross_range_test": {"suspect_span": [a, b], "fail_span": [c, d]},
 *    "climatology_test": {"config": [{"tspan": [1, 3], "period": "month", "vspan": [..],
 *                                     "fspan": [..], "zspan": [..]}]},
 *    "spike_test": {"suspect_threshold": x, "fail_threshold": y, "method": "average"},
 *    "rate_of_change_test": {"threshold": t},
 *    "flat_line_test": {"tolerance": t, "suspect_threshold": s, "fail_threshold": f}}}
 * }</pre>
 * Every test is optional; unknown keys are rejected. Spans are sorted as ioos_qc sorts them.
 * Thresholds must be finite and non-negative. Errors are {@link QcConfigException}s naming the key.
 *
 * <p>Stateless and thread safe.
 */
public final class QcConfigParser {

    private QcConfigParser() {
    }

    /**
     * Parses the configuration of one datastream.
     *
     * @throws QcConfigException if the configuration is invalid
     */
    public static QcConfig parse(JsonNode root) {
        return parse(root, "");
    }

    /**
     * Parses a site file: an object mapping parameter codes (OceanSITES, e.g. {@code TEMP}) to
     * datastream configurations. The map keeps the file's order and is unmodifiable.
     *
     * @throws QcConfigException if the file or one of its configurations is invalid
     */
    public static Map<String, QcConfig> parseSite(JsonNode root) {
        JsonValues.object(root, "(root)");
        Map<String, QcConfig> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            result.put(field.getKey(), parse(field.getValue(), field.getKey()));
        }
        return Collections.unmodifiableMap(result);
    }

    private static QcConfig parse(JsonNode root, String path) {
        JsonValues.object(root, path.isEmpty() ? "(root)" : path);
        JsonValues.onlyKeys(root, path, Set.of("qartod"));
        String qPath = child(path, "qartod");
        JsonNode qartod = JsonValues.object(root.get("qartod"), qPath);
        Iterator<String> names = qartod.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (QcTest.byConfigName(name).isEmpty()) {
                throw new QcConfigException(child(qPath, name), "unknown or unsupported QARTOD test");
            }
        }
        JsonNode grossRange = optional(qartod, QcTest.GROSS_RANGE, qPath);
        JsonNode climatology = optional(qartod, QcTest.CLIMATOLOGY, qPath);
        JsonNode spike = optional(qartod, QcTest.SPIKE, qPath);
        JsonNode rateOfChange = optional(qartod, QcTest.RATE_OF_CHANGE, qPath);
        JsonNode flatLine = optional(qartod, QcTest.FLAT_LINE, qPath);
        return new QcConfig(
                grossRange == null ? null : grossRange(grossRange, testPath(qPath, QcTest.GROSS_RANGE)),
                climatology == null ? null
                        : ClimatologyParser.parse(climatology, testPath(qPath, QcTest.CLIMATOLOGY)),
                spike == null ? null : spike(spike, testPath(qPath, QcTest.SPIKE)),
                rateOfChange == null ? null
                        : rateOfChange(rateOfChange, testPath(qPath, QcTest.RATE_OF_CHANGE)),
                flatLine == null ? null : flatLine(flatLine, testPath(qPath, QcTest.FLAT_LINE)));
    }

    private static String testPath(String qPath, QcTest test) {
        return child(qPath, test.configName());
    }

    /** The test's object, or null when the test is absent or JSON null. */
    private static JsonNode optional(JsonNode qartod, QcTest test, String qPath) {
        JsonNode node = qartod.get(test.configName());
        if (node == null || node.isNull()) {
            return null;
        }
        return JsonValues.object(node, child(qPath, test.configName()));
    }

    private static GrossRangeConfig grossRange(JsonNode node, String path) {
        JsonValues.onlyKeys(node, path, Set.of("fail_span", "suspect_span"));
        var fail = JsonValues.span(node, "fail_span", path);
        var suspect = JsonValues.optionalSpan(node, "suspect_span", path);
        if (suspect != null && !fail.encloses(suspect)) {
            throw new QcConfigException(child(path, "suspect_span"),
                    "must fall within fail_span " + fail + ", got " + suspect);
        }
        return new GrossRangeConfig(fail, suspect);
    }

    private static SpikeConfig spike(JsonNode node, String path) {
        JsonValues.onlyKeys(node, path, Set.of("suspect_threshold", "fail_threshold", "method"));
        JsonNode method = node.get("method");
        if (method != null && !method.isNull() && !"average".equals(method.asText())) {
            throw new QcConfigException(child(path, "method"),
                    "only the 'average' method is supported, got " + method);
        }
        double suspect = threshold(node, "suspect_threshold", path, true);
        double fail = threshold(node, "fail_threshold", path, true);
        if (Double.isNaN(suspect) && Double.isNaN(fail)) {
            throw new QcConfigException(path, "needs suspect_threshold or fail_threshold");
        }
        return new SpikeConfig(suspect, fail);
    }

    private static RateOfChangeConfig rateOfChange(JsonNode node, String path) {
        JsonValues.onlyKeys(node, path, Set.of("threshold"));
        return new RateOfChangeConfig(threshold(node, "threshold", path, false));
    }

    private static FlatLineConfig flatLine(JsonNode node, String path) {
        JsonValues.onlyKeys(node, path, Set.of("tolerance", "suspect_threshold", "fail_threshold"));
        return new FlatLineConfig(threshold(node, "tolerance", path, false),
                threshold(node, "suspect_threshold", path, false),
                threshold(node, "fail_threshold", path, false));
    }

    private static double threshold(JsonNode node, String key, String path, boolean optional) {
        double value = optional ? JsonValues.optionalNumber(node, key, path)
                : JsonValues.number(node, key, path);
        return Double.isNaN(value) ? value : JsonValues.nonNegative(value, child(path, key));
    }
}
