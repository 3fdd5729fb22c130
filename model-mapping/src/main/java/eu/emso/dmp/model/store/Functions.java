package eu.emso.dmp.model.store;

import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.store.Typed.SqlType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The built-in functions of OGC 18-088 (9.3.3.5.2) in PostgreSQL/PostGIS, with OData semantics:
 * 0-based {@code indexof} and {@code substring}, {@code round} half away from zero, times in UTC.
 * Two functions serve OGC API filters (OGC 21-065) compiled onto the same expression tree and
 * are not part of the {@code $filter} grammar: {@code t_intersects(a, b)} and
 * {@code like(text, pattern)} (SQL {@code LIKE} wildcards {@code %} and {@code _}).
 */
final class Functions {
    private static final Pattern DE9IM = Pattern.compile("[012TF*]{9}");
    private final ExprTranslator translator;

    Functions(ExprTranslator translator) {
        this.translator = translator;
    }

    Typed call(Expr.Call c, Scope scope) {
        String f = c.function();
        List<Expr> a = c.args();
        return switch (f) {
            case "substringof" -> bool(new Sql("strpos(").add(text(a.get(1), scope)).add(", ")
                    .add(text(a.get(0), scope)).add(") > 0"));
            case "contains" -> bool(new Sql("strpos(").add(text(a.get(0), scope)).add(", ")
                    .add(text(a.get(1), scope)).add(") > 0"));
            case "startswith" -> bool(new Sql("starts_with(").add(text(a.get(0), scope)).add(", ")
                    .add(text(a.get(1), scope)).add(")"));
            case "endswith" -> endsWith(text(a.get(0), scope), a.get(1), scope);
            case "length" -> num(new Sql("char_length(").add(text(a.get(0), scope)).add(")"));
            case "indexof" -> num(new Sql("(strpos(").add(text(a.get(0), scope)).add(", ")
                    .add(text(a.get(1), scope)).add(") - 1)"));
            case "substring" -> substring(a, scope);
            case "tolower" -> str(new Sql("lower(").add(text(a.get(0), scope)).add(")"));
            case "toupper" -> str(new Sql("upper(").add(text(a.get(0), scope)).add(")"));
            case "trim" -> str(new Sql("btrim(").add(text(a.get(0), scope)).add(")"));
            case "concat" -> str(text(a.get(0), scope).paren().add(" || ").add(text(a.get(1), scope).paren()));
            case "year", "month", "day", "hour", "minute" -> num(new Sql("CAST(extract(" + f + " FROM ")
                    .add(time(a.get(0), scope)).add(") AS integer)"));
            case "second" -> num(new Sql("CAST(floor(extract(second FROM ").add(time(a.get(0), scope))
                    .add(")) AS integer)"));
            case "fractionalseconds" -> fraction(time(a.get(0), scope));
            case "date" -> Typed.of(SqlType.TIME, new Sql("CAST(date_trunc('day', ")
                    .add(time(a.get(0), scope)).add(") AS timestamptz)"));
            case "time" -> Typed.of(SqlType.TIME_OF_DAY, new Sql("CAST(").add(time(a.get(0), scope)).add(" AS time)"));
            case "totaloffsetminutes" -> offsetMinutes(a.get(0), scope);
            case "now" -> Typed.of(SqlType.TIME, new Sql("now()"));
            case "mindatetime" -> Typed.of(SqlType.TIME, new Sql("CAST('-infinity' AS timestamptz)"));
            case "maxdatetime" -> Typed.of(SqlType.TIME, new Sql("CAST('infinity' AS timestamptz)"));
            case "round" -> num(new Sql("CAST(round(CAST(").add(number(a.get(0), scope))
                    .add(" AS numeric)) AS double precision)"));
            case "floor" -> num(new Sql("floor(").add(number(a.get(0), scope)).add(")"));
            case "ceiling" -> num(new Sql("ceil(").add(number(a.get(0), scope)).add(")"));
            case "geo.distance" -> num(spatial("ST_Distance", a, scope));
            case "geo.length" -> num(new Sql("ST_Length(").add(geometry(a.get(0), scope)).add(")"));
            case "geo.intersects" -> bool(spatial("ST_Intersects", a, scope));
            case "st_equals", "st_disjoint", "st_touches", "st_within", "st_overlaps", "st_crosses",
                    "st_intersects", "st_contains" -> bool(spatial("ST_" + f.substring(3), a, scope));
            case "st_relate" -> bool(relate(a, scope));
            case "t_intersects" -> bool(timesIntersect(a, scope));
            case "like" -> bool(new Sql("(").add(text(a.get(0), scope)).add(" LIKE ").add(text(a.get(1), scope)).add(")"));
            default -> throw translator.error("the function '" + f + "' is not supported");
        };
    }

    private Typed endsWith(Sql s, Expr suffix, Scope scope) {
        Sql x = text(suffix, scope);
        return bool(new Sql("right(").add(s).add(", char_length(").add(x).add(")) = ").add(text(suffix, scope)));
    }

    /** Times are stored and returned in UTC, so every offset is 0; the argument is type-checked. */
    private Typed offsetMinutes(Expr time, Scope scope) {
        time(time, scope);
        return num(new Sql("0"));
    }

    private Typed substring(List<Expr> a, Scope scope) {
        Sql s = new Sql("substr(").add(text(a.get(0), scope)).add(", ").add(index(a.get(1), scope)).add(" + 1");
        if (a.size() == 3) {
            s.add(", ").add(index(a.get(2), scope));
        }
        return str(s.add(")"));
    }

    /** An integer argument, clamped so that no input can overflow PostgreSQL's integer. */
    private Sql index(Expr e, Scope scope) {
        return new Sql("CAST(LEAST(GREATEST(").add(number(e, scope)).add(", 0), 2147483646) AS integer)");
    }

    private static Typed fraction(Sql t) {
        Sql sec = new Sql("extract(second FROM ").add(t).add(")");
        Sql again = new Sql("extract(second FROM ").add(t).add(")");
        return num(new Sql("CAST(").add(sec).add(" - floor(").add(again).add(") AS double precision)"));
    }

    private Sql spatial(String fn, List<Expr> a, Scope scope) {
        return new Sql(fn + "(").add(geometry(a.get(0), scope)).add(", ").add(geometry(a.get(1), scope)).add(")");
    }

    /**
     * Whether two times (instants or intervals) share an instant, ends included: the
     * {@code T_INTERSECTS} of OGC 21-065 (CQL2), used by OGC API filters and {@code datetime}.
     */
    private Sql timesIntersect(List<Expr> a, Scope scope) {
        return new Sql("(").add(bound(a.get(0), scope, false)).add(" <= ").add(bound(a.get(1), scope, true))
                .add(" AND ").add(bound(a.get(0), scope, true)).add(" >= ").add(bound(a.get(1), scope, false)).add(")");
    }

    /** The start ({@code end} false) or end of a time or time range. */
    private Sql bound(Expr e, Scope scope, boolean end) {
        Typed t = translator.translate(e, scope);
        if (t.type() == SqlType.TIME_RANGE) {
            return end ? new Sql("COALESCE(").add(t.end()).add(", ").add(translator.translate(e, scope).sql()).add(")")
                    : t.sql();
        }
        return translator.values().coerce(t, SqlType.TIME);
    }

    private Sql relate(List<Expr> a, Scope scope) {
        if (!(a.get(2) instanceof Expr.StrLit p) || !DE9IM.matcher(p.value()).matches()) {
            throw translator.error("st_relate needs a DE-9IM pattern of nine characters from 012TF*");
        }
        return new Sql("ST_Relate(").add(geometry(a.get(0), scope)).add(", ").add(geometry(a.get(1), scope))
                .add(", ").bind(p.value()).add(")");
    }

    private Sql text(Expr e, Scope scope) {
        return translator.values().coerce(translator.translate(e, scope), SqlType.TEXT);
    }

    private Sql number(Expr e, Scope scope) {
        return translator.values().coerce(translator.translate(e, scope), SqlType.NUMBER);
    }

    private Sql time(Expr e, Scope scope) {
        return translator.values().coerce(translator.translate(e, scope), SqlType.TIME);
    }

    private Sql geometry(Expr e, Scope scope) {
        return translator.values().coerce(translator.translate(e, scope), SqlType.GEOMETRY);
    }

    private static Typed bool(Sql s) {
        return Typed.of(SqlType.BOOLEAN, s);
    }

    private static Typed num(Sql s) {
        return Typed.of(SqlType.NUMBER, s);
    }

    private static Typed str(Sql s) {
        return Typed.of(SqlType.TEXT, s);
    }
}
