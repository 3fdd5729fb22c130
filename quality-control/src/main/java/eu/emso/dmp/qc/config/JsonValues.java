package eu.emso.dmp.qc.config;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.qc.qartod.Span;
import java.util.Iterator;
import java.util.Set;

/** Typed reads of JSON values with errors naming the key path. */
final class JsonValues {

    private JsonValues() {
    }

    static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new QcConfigException(path, "must be a JSON object");
        }
        return node;
    }

    static void onlyKeys(JsonNode object, String path, Set<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new QcConfigException(child(path, name), "unknown key; expected one of " + allowed);
            }
        }
    }

    static double number(JsonNode object, String key, String path) {
        JsonNode node = object.get(key);
        String at = child(path, key);
        if (node == null || node.isNull()) {
            throw new QcConfigException(at, "is required");
        }
        return number(node, at);
    }

    static double optionalNumber(JsonNode object, String key, String path) {
        JsonNode node = object.get(key);
        return node == null || node.isNull() ? Double.NaN : number(node, child(path, key));
    }

    static double number(JsonNode node, String at) {
        if (!node.isNumber()) {
            throw new QcConfigException(at, "must be a number, got " + node);
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new QcConfigException(at, "must be finite, got " + node);
        }
        return value;
    }

    static double nonNegative(double value, String at) {
        if (value < 0) {
            throw new QcConfigException(at, "must not be negative, got " + value);
        }
        return value;
    }

    /** A two-number array, sorted as ioos_qc sorts spans; null when absent or JSON null. */
    static Span optionalSpan(JsonNode object, String key, String path) {
        JsonNode node = object.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        String at = child(path, key);
        requirePair(node, at);
        return Span.sorted(number(node.get(0), at + "[0]"), number(node.get(1), at + "[1]"));
    }

    static Span span(JsonNode object, String key, String path) {
        Span span = optionalSpan(object, key, path);
        if (span == null) {
            throw new QcConfigException(child(path, key), "is required");
        }
        return span;
    }

    static void requirePair(JsonNode node, String at) {
        if (!node.isArray() || node.size() != 2) {
            throw new QcConfigException(at, "must be an array of two numbers [min, max], got " + node);
        }
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
