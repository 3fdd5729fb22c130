package eu.emso.dmp.conformance.sta11.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one field of every item of a JSON array, for assertions. Stateless and thread-safe. */
public final class Values {
    /** Compares decimals by value, so that {@code 14.50} equals {@code 14.5}. */
    public static final Comparator<BigDecimal> BY_VALUE = BigDecimal::compareTo;

    private Values() {
    }

    /** The field as text, per item. */
    public static List<String> texts(Iterable<JsonNode> array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    /** The field as a decimal, per item. */
    public static List<BigDecimal> decimals(Iterable<JsonNode> array, String field) {
        List<BigDecimal> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).decimalValue()));
        return out;
    }

    /** The {@code @iot.id} of every item. */
    public static List<Long> ids(Iterable<JsonNode> array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path("@iot.id").asLong()));
        return out;
    }
}
