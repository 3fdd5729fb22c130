package eu.emso.dmp.model.query;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in functions of SensorThings API 1.1 (OGC 18-088, section 9.3.3.5.2, "Built-in
 * query functions") with the number of arguments each accepts. Names are lower case.
 * Immutable; thread-safe.
 */
final class Functions {

    /** Accepted argument counts, inclusive. */
    record Arity(int min, int max) {
        boolean accepts(int n) {
            return n >= min && n <= max;
        }

        String describe() {
            String count = min == max ? Integer.toString(min) : min + " or " + max;
            return count + (max == 1 && min == 1 ? " argument" : " arguments");
        }
    }

    private static final Map<String, Arity> ARITIES = build();

    private Functions() {
    }

    /** The arity of {@code name} (lower case), or {@code null} for an unknown function. */
    static Arity arity(String name) {
        return ARITIES.get(name);
    }

    /** All known function names, sorted. */
    static List<String> names() {
        return List.copyOf(ARITIES.keySet());
    }

    private static Map<String, Arity> build() {
        Map<String, Arity> m = new TreeMap<>();
        put(m, 1, "length", "tolower", "toupper", "trim");
        put(m, 2, "substringof", "endswith", "startswith", "indexof", "concat", "contains");
        m.put("substring", new Arity(2, 3));
        put(m, 1, "year", "month", "day", "hour", "minute", "second", "fractionalseconds",
                "date", "time", "totaloffsetminutes");
        put(m, 0, "now", "mindatetime", "maxdatetime");
        put(m, 1, "round", "floor", "ceiling");
        put(m, 2, "geo.distance", "geo.intersects");
        put(m, 1, "geo.length");
        put(m, 2, "st_equals", "st_disjoint", "st_touches", "st_within", "st_overlaps",
                "st_crosses", "st_intersects", "st_contains");
        put(m, 3, "st_relate");
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Arity> m, int n, String... names) {
        for (String name : names) {
            m.put(name, new Arity(n, n));
        }
    }
}
