package eu.emso.dmp.model.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Entry point of the SensorThings API 1.1 query language parser (OGC 18-088, section 9.3
 * "Requesting Data", following the OData 4.0 URL conventions): decoded query option text in,
 * immutable syntax trees out. It checks syntax only; whether a path names a real property is
 * decided later against the data model.
 *
 * <p>Every malformed input raises a {@link QueryException} naming the option and the 0-based
 * position; no other exception escapes for any input text. Stateless and thread-safe.
 */
public final class QueryParser {

    private QueryParser() {
    }

    /**
     * Parses the decoded query options of one request. Option names starting with {@code $}
     * must be one of {@code $filter $orderby $top $skip $count $select $expand $resultFormat
     * $skiptoken} (matched ignoring case) and must have exactly one value; parameters not
     * starting with {@code $} are ignored.
     *
     * @param params option name to its values, as decoded from the query string
     * @throws QueryException for an unknown or repeated option, or a malformed value
     */
    public static QueryOptions parse(Map<String, List<String>> params) {
        OptionSet options = new OptionSet(0);
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            String key = param.getKey();
            if (!key.startsWith("$")) {
                continue;
            }
            String name = OptionSet.canonical(key);
            if (name == null) {
                throw new QueryException(key, -1, "unknown query option '" + key + "'");
            }
            List<String> values = param.getValue();
            if (!options.firstTime(name) || values.size() > 1) {
                throw new QueryException(name, -1, "option given more than once");
            }
            if (values.isEmpty()) {
                throw new QueryException(name, -1, "option given without a value");
            }
            String value = Objects.requireNonNull(values.get(0), name);
            options.set(name, name, value, 0, value.length());
        }
        return options.build();
    }

    /**
     * Parses a {@code $filter} value, e.g. {@code Datastreams/Observations/result gt 10}.
     * Operator keywords and {@code true false null} match ignoring case; property names and
     * JSON member names keep their case. As in OData, {@code not} binds tighter than every
     * binary operator: {@code not a eq b} means {@code (not a) eq b}; write {@code not (a eq b)}.
     */
    public static Expr parseFilter(String text) {
        return ExprParser.filter("$filter", text, 0, text.length());
    }

    /** Parses a {@code $orderby} value, e.g. {@code phenomenonTime desc, id}. */
    public static List<OrderBy> parseOrderBy(String text) {
        return ListParsers.orderBy("$orderby", text, 0, text.length());
    }

    /** Parses a {@code $expand} value, e.g. {@code Datastreams($expand=Observations($top=1))}. */
    public static List<Expand> parseExpand(String text) {
        return ExpandParser.parse("$expand", text, 0, text.length(), 1);
    }

    /** Parses a {@code $select} value, e.g. {@code id, name, properties/depth}. */
    public static List<List<String>> parseSelect(String text) {
        return ListParsers.select("$select", text, 0, text.length());
    }
}
