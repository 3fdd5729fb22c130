package eu.emso.dmp.model.store;

import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.store.Typed.SqlType;

/**
 * The comparison operators {@code eq ne gt ge lt le}. Values inside JSON take the type of what
 * they are compared with; a comparison with {@code null} tests for absence; time intervals
 * compare as OGC 18-088 orders them (an interval is before a time when it ends before it).
 */
final class Comparisons {
    private Comparisons() {
    }

    static Typed compare(BinaryOp op, Typed l, Typed r, Values v) {
        return Typed.of(SqlType.BOOLEAN, sql(op, l, r, v));
    }

    private static Sql sql(BinaryOp op, Typed l, Typed r, Values v) {
        if (l.type() == SqlType.NULL || r.type() == SqlType.NULL) {
            return nullTest(op, l.type() == SqlType.NULL ? r : l, v);
        }
        if (l.type() == SqlType.TIME_RANGE || r.type() == SqlType.TIME_RANGE) {
            return ranges(op, asRange(l, v), asRange(r, v));
        }
        SqlType common = common(l, r, v);
        if (common == SqlType.GEOMETRY) {
            throw v.mismatch(l, SqlType.NUMBER);
        }
        if (common == SqlType.BOOLEAN && op != BinaryOp.EQ && op != BinaryOp.NE) {
            throw v.mismatch(l, SqlType.NUMBER);
        }
        return v.coerce(l, common).paren().add(" " + operator(op) + " ").add(v.coerce(r, common).paren());
    }

    private static SqlType common(Typed l, Typed r, Values v) {
        boolean lLoose = l.type() == SqlType.JSON || l.type() == SqlType.RESULT;
        boolean rLoose = r.type() == SqlType.JSON || r.type() == SqlType.RESULT;
        if (lLoose && rLoose) {
            return SqlType.JSON;
        }
        if (lLoose) {
            return r.type();
        }
        if (rLoose || l.type() == r.type()) {
            return l.type();
        }
        throw v.mismatch(r, l.type());
    }

    private static Sql nullTest(BinaryOp op, Typed t, Values v) {
        Sql value = switch (t.type()) {
            case RESULT -> new Sql("NULLIF(" + t.alias() + ".result_type, 4)");
            case NULL -> new Sql("NULL");
            default -> t.sql();
        };
        return switch (op) {
            case EQ -> value.paren().add(" IS NULL");
            case NE -> value.paren().add(" IS NOT NULL");
            default -> new Sql("FALSE");
        };
    }

    private static Typed asRange(Typed t, Values v) {
        return t.type() == SqlType.TIME_RANGE ? t : Typed.range(v.coerce(t, SqlType.TIME),
                v.coerce(t, SqlType.TIME));
    }

    /**
     * Ordering comparisons of ranges also compare the starts, which the ordering implies (every
     * range starts no later than it ends: stored ones are checked on write, literals when parsed).
     * The redundant condition is what an index on the start can use: without it
     * {@code phenomenonTime lt T} becomes only {@code COALESCE(end, start) < T}, and a time
     * window scans its Datastream's index from the window's start to the end of the partition.
     */
    private static Sql ranges(BinaryOp op, Typed l, Typed r) {
        return switch (op) {
            case EQ -> eq(l, r);
            case NE -> new Sql("NOT ").add(eq(l, r).paren());
            case LT -> l.end().paren().add(" < ").add(r.sql().paren()).add(" AND ").add(starts(l, "<", r)).paren();
            case LE -> l.end().paren().add(" <= ").add(r.sql().paren()).add(" AND ").add(starts(l, "<=", r)).paren();
            case GT -> l.sql().paren().add(" > ").add(r.end().paren()).add(" AND ").add(starts(l, ">", r)).paren();
            case GE -> l.sql().paren().add(" >= ").add(r.end().paren()).add(" AND ").add(starts(l, ">=", r)).paren();
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    private static Sql starts(Typed l, String operator, Typed r) {
        return l.sql().paren().add(" " + operator + " ").add(r.sql().paren());
    }

    private static Sql eq(Typed l, Typed r) {
        return l.sql().paren().add(" = ").add(r.sql().paren()).add(" AND ")
                .add(l.end().paren()).add(" = ").add(r.end().paren());
    }

    private static String operator(BinaryOp op) {
        return switch (op) {
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            default -> throw new IllegalArgumentException(op.name());
        };
    }
}
