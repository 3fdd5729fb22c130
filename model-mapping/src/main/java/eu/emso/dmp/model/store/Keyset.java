package eu.emso.dmp.model.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.query.QueryException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Keyset paging: the {@code $skiptoken} of a next link holds the sort-key values of the last row
 * of a page, and the next page starts strictly after them. Pages stay complete and free of
 * repeats while rows are added, whatever the order. The token is opaque to clients (base64 of a
 * small typed JSON array).
 */
final class Keyset {
    private Keyset() {
    }

    /**
     * A sort key: its SQL expression and direction. A nullable key sorts nulls first ascending and
     * last descending (OData); a key that cannot be null has no null terms at all.
     */
    record SortKey(Sql expr, boolean descending, boolean nullable) {

        /** Whether nulls come before the values of this key. */
        boolean nullsFirst() {
            return nullable && !descending;
        }

        /** Whether nulls come after the values of this key. */
        boolean nullsLast() {
            return nullable && descending;
        }
    }

    /** The token for the row the result set is on; its keys are the columns from {@code first}. */
    static String token(ResultSet rs, int first, int keys) throws SQLException {
        ArrayNode a = Json.mapper().createArrayNode();
        for (int i = 0; i < keys; i++) {
            Object v = rs.getObject(first + i);
            ArrayNode item = a.addArray();
            if (v == null) {
                item.add("null");
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short) {
                item.add("long").add(((Number) v).longValue());
            } else if (v instanceof Double || v instanceof Float) {
                item.add("double").add(((Number) v).doubleValue());
            } else if (v instanceof BigDecimal d) {
                item.add("numeric").add(d.toPlainString());
            } else if (v instanceof Boolean b) {
                item.add("boolean").add(b);
            } else if (v instanceof java.sql.Timestamp) {
                item.add("time").add(rs.getObject(first + i, OffsetDateTime.class).toString());
            } else if (v instanceof org.postgresql.util.PGobject p && "jsonb".equals(p.getType())) {
                item.add("jsonb").add(p.getValue());
            } else {
                item.add("text").add(v.toString());
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(a.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The condition "after the row the token describes" for these sort keys (the last is the id):
     * a lexicographic comparison, led by a plain range bound on the first key that an index can
     * start from, so that each page reads only its own rows.
     */
    static Sql after(String token, List<SortKey> keys) {
        List<Sql> values = decode(token, keys.size());
        Sql chain = after(keys, values, 0);
        Sql v = values.get(0);
        if (v == null || keys.size() == 1) {
            return chain;
        }
        SortKey k = keys.get(0);
        Sql e = k.expr().paren();
        Sql bound = new Sql("(").add(e).add(k.descending() ? " <= " : " >= ").add(v);
        if (k.nullsLast()) {
            bound.add(" OR ").add(e).add(" IS NULL");
        }
        return bound.add(")").add(" AND ").add(chain);
    }

    private static Sql after(List<SortKey> keys, List<Sql> values, int i) {
        SortKey k = keys.get(i);
        Sql e = k.expr().paren();
        Sql v = values.get(i);
        boolean last = i == keys.size() - 1;
        Sql rest = last ? null : after(keys, values, i + 1);
        if (v == null) {
            // after a null: the other nulls with a later rest, and every value when nulls come first
            Sql sameNull = last ? new Sql("FALSE") : new Sql("(").add(e).add(" IS NULL AND ").add(rest).add(")");
            return k.nullsFirst() ? new Sql("(").add(e).add(" IS NOT NULL OR ").add(sameNull).add(")") : sameNull;
        }
        Sql beyond = new Sql("(").add(e).add(k.descending() ? " < " : " > ").add(v);
        if (k.nullsLast()) {
            beyond.add(" OR ").add(e).add(" IS NULL");
        }
        beyond.add(")");
        if (last) {
            return beyond;
        }
        return new Sql("(").add(beyond).add(" OR (").add(e).add(" = ").add(values.get(i))
                .add(" AND ").add(rest).add("))");
    }

    private static List<Sql> decode(String token, int n) {
        try {
            JsonNode a = Json.mapper().readTree(Base64.getUrlDecoder().decode(token));
            if (a == null || !a.isArray() || a.size() != n) {
                throw invalid();
            }
            List<Sql> out = new ArrayList<>();
            for (JsonNode item : a) {
                out.add(value(item));
            }
            return out;
        } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static Sql value(JsonNode item) {
        String type = item.path(0).asText();
        JsonNode v = item.path(1);
        return switch (type) {
            case "null" -> null;
            case "long" -> new Sql().bind(v.asLong());
            case "double" -> new Sql("CAST(").bind(v.asDouble()).add(" AS double precision)");
            case "numeric" -> new Sql("CAST(").bind(v.asText()).add(" AS numeric)");
            case "boolean" -> new Sql().bind(v.asBoolean());
            case "time" -> new Sql("CAST(").bind(OffsetDateTime.parse(v.asText())).add(" AS timestamptz)");
            case "jsonb" -> new Sql("CAST(").bind(v.asText()).add(" AS jsonb)");
            case "text" -> new Sql("CAST(").bind(v.asText()).add(" AS text)");
            default -> throw invalid();
        };
    }

    private static QueryException invalid() {
        return new QueryException("$skiptoken", -1, "the skip token is not one this server issued for this request");
    }
}
