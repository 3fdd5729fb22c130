package eu.emso.dmp.server.ogcapi.filter;

import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.UnaryOp;
import java.util.List;
import java.util.Locale;

/**
 * The CQL2 operators and functions (OGC 21-065: Basic CQL2, Advanced Comparison Operators,
 * Spatial and Temporal functions) as nodes of the store's expression tree. Shared by the text
 * and JSON encodings. Stateless.
 */
final class Cql2Functions {

    private Cql2Functions() {
    }

    /** The comparison operator {@code op} ({@code =, <>, <, <=, >, >=}), or null. */
    static BinaryOp comparison(String op) {
        return switch (op) {
            case "=" -> BinaryOp.EQ;
            case "<>" -> BinaryOp.NE;
            case "<" -> BinaryOp.LT;
            case "<=" -> BinaryOp.LE;
            case ">" -> BinaryOp.GT;
            case ">=" -> BinaryOp.GE;
            default -> null;
        };
    }

    /**
     * The call of a spatial or temporal function {@code name} (e.g. {@code S_INTERSECTS},
     * {@code T_INTERSECTS}) on two arguments; null when {@code name} is not one.
     */
    static Expr call(String name, Expr a, Expr b) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "s_intersects", "s_within", "s_contains", "s_disjoint", "s_equals", "s_touches",
                    "s_overlaps", "s_crosses" -> new Expr.Call("st_" + n.substring(2), List.of(a, b));
            case "t_intersects" -> new Expr.Call("t_intersects", List.of(a, b));
            case "t_disjoint" -> new Expr.Unary(UnaryOp.NOT, new Expr.Call("t_intersects", List.of(a, b)));
            case "t_before" -> new Expr.Binary(BinaryOp.LT, a, b);
            case "t_after" -> new Expr.Binary(BinaryOp.GT, a, b);
            case "t_equals" -> new Expr.Binary(BinaryOp.EQ, a, b);
            default -> null;
        };
    }

    /** {@code value BETWEEN low AND high}. */
    static Expr between(Expr value, Expr low, Expr high) {
        return new Expr.Binary(BinaryOp.AND, new Expr.Binary(BinaryOp.GE, value, low),
                new Expr.Binary(BinaryOp.LE, value, high));
    }

    /** {@code value IN (items)}: one of them. */
    static Expr in(Expr value, List<Expr> items) {
        Expr out = null;
        for (Expr i : items) {
            Expr eq = new Expr.Binary(BinaryOp.EQ, value, i);
            out = out == null ? eq : new Expr.Binary(BinaryOp.OR, out, eq);
        }
        return out;
    }

    /** {@code value LIKE pattern}. */
    static Expr like(Expr value, Expr pattern) {
        return new Expr.Call("like", List.of(value, pattern));
    }

    /** {@code value IS NULL}. */
    static Expr isNull(Expr value) {
        return new Expr.Binary(BinaryOp.EQ, value, new Expr.NullLit());
    }
}
