package eu.emso.dmp.server.ogcapi.filter;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.UnaryOp;
import eu.emso.dmp.server.ogcapi.BboxParam;
import eu.emso.dmp.server.ogcapi.OgcApiException;
import eu.emso.dmp.server.ogcapi.crs.Crs;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * CQL2 JSON (OGC 21-065, the JSON encoding) into the store's expression tree: {@code op} and
 * {@code args} objects, {@code property}, {@code date}, {@code timestamp}, {@code interval},
 * {@code bbox} and GeoJSON geometries. Errors name the JSON pointer of the bad node. Stateless.
 */
public final class Cql2Json {

    private Cql2Json() {
    }

    /** The condition the JSON {@code text} states; 400 when it is not CQL2 JSON. */
    public static Expr parse(String text, Queryables queryables) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw OgcApiException.invalidParameter("filter", "not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return node(root, "", queryables);
    }

    private static Expr node(JsonNode n, String at, Queryables q) {
        if (n == null || n.isNull()) {
            throw error(at, "a value is missing");
        }
        if (n.isTextual()) {
            return new Expr.StrLit(n.asText());
        }
        if (n.isNumber()) {
            return new Expr.NumLit(n.decimalValue(), n.isIntegralNumber());
        }
        if (n.isBoolean()) {
            return new Expr.BoolLit(n.asBoolean());
        }
        if (!n.isObject()) {
            throw error(at, "expected an expression object");
        }
        if (n.has("op")) {
            return op(n, at, q);
        }
        if (n.has("property")) {
            return q.resolve(n.get("property").asText());
        }
        if (n.has("timestamp") || n.has("date")) {
            return new Expr.TimeLit(time(n.has("date") ? n.get("date") : n.get("timestamp"), at));
        }
        if (n.has("interval") && n.get("interval").size() == 2) {
            return new Expr.IntervalLit(time(n.get("interval").get(0), at + "/interval/0"),
                    time(n.get("interval").get(1), at + "/interval/1"));
        }
        if (n.has("bbox")) {
            List<String> nums = new ArrayList<>();
            n.get("bbox").forEach(v -> nums.add(v.asText()));
            return BboxParam.parse(String.join(",", nums), Crs.CRS84);
        }
        if (n.has("type") && n.has("coordinates") || n.has("geometries")) {
            try {
                return new Expr.GeoLit(new GeoJsonReader().read(n.toString()).toText(), false);
            } catch (org.locationtech.jts.io.ParseException | RuntimeException e) {
                throw error(at, "malformed GeoJSON geometry: " + e.getMessage());
            }
        }
        throw error(at, "not a CQL2 expression: " + n);
    }

    private static Expr op(JsonNode n, String at, Queryables q) {
        String op = n.get("op").asText().toLowerCase(Locale.ROOT);
        JsonNode args = n.get("args");
        if (args == null || !args.isArray()) {
            throw error(at, "operator '" + op + "' needs an array 'args'");
        }
        List<Expr> a = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            a.add(node(args.get(i), at + "/args/" + i, q));
        }
        BinaryOp cmp = Cql2Functions.comparison(op);
        if (cmp != null) {
            return new Expr.Binary(cmp, arg(a, 0, op, at), arg(a, 1, op, at));
        }
        switch (op) {
            case "and", "or" -> {
                if (a.size() < 2) {
                    throw error(at, "'" + op + "' needs at least two arguments");
                }
                Expr e = a.get(0);
                for (int i = 1; i < a.size(); i++) {
                    e = new Expr.Binary(op.equals("and") ? BinaryOp.AND : BinaryOp.OR, e, a.get(i));
                }
                return e;
            }
            case "not" -> {
                return new Expr.Unary(UnaryOp.NOT, arg(a, 0, op, at));
            }
            case "like" -> {
                return Cql2Functions.like(arg(a, 0, op, at), arg(a, 1, op, at));
            }
            case "between" -> {
                return Cql2Functions.between(arg(a, 0, op, at), arg(a, 1, op, at), arg(a, 2, op, at));
            }
            case "isnull" -> {
                return Cql2Functions.isNull(arg(a, 0, op, at));
            }
            case "in" -> {
                JsonNode list = args.get(1);
                if (list == null || !list.isArray()) {
                    throw error(at, "'in' needs a property and an array of values");
                }
                List<Expr> items = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    items.add(node(list.get(i), at + "/args/1/" + i, q));
                }
                return Cql2Functions.in(a.get(0), items);
            }
            default -> {
                Expr call = Cql2Functions.call(op, arg(a, 0, op, at), arg(a, 1, op, at));
                if (call == null) {
                    throw error(at, "unknown operator '" + op + "'");
                }
                return call;
            }
        }
    }

    private static Expr arg(List<Expr> a, int i, String op, String at) {
        if (i >= a.size()) {
            throw error(at, "'" + op + "' needs " + (i + 1) + " or more arguments");
        }
        return a.get(i);
    }

    private static OffsetDateTime time(JsonNode v, String at) {
        String s = v == null ? "" : v.asText();
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC) : OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            throw error(at, "'" + s + "' is not an RFC 3339 date or timestamp");
        }
    }

    private static OgcApiException error(String at, String problem) {
        return OgcApiException.invalidParameter("filter", problem + " at " + (at.isEmpty() ? "/" : at));
    }
}
