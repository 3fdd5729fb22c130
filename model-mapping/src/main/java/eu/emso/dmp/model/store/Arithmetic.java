package eu.emso.dmp.model.store;

import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.store.Typed.SqlType;

/**
 * The arithmetic operators {@code add sub mul div mod} on numbers, and {@code add sub} on times
 * and durations. Division and modulo by zero give no value (null) rather than an error.
 */
final class Arithmetic {
    private Arithmetic() {
    }

    static Typed apply(BinaryOp op, Typed l, Typed r, Values v) {
        if (isTime(l) || l.type() == SqlType.DURATION) {
            return temporal(op, l, r, v);
        }
        Sql a = v.coerce(l, SqlType.NUMBER).paren();
        Sql b = v.coerce(r, SqlType.NUMBER).paren();
        Sql s = switch (op) {
            case ADD -> a.add(" + ").add(b);
            case SUB -> a.add(" - ").add(b);
            case MUL -> new Sql("CAST(").add(a).add(" AS double precision) * ").add(b);
            case DIV -> new Sql("CAST(").add(a).add(" AS double precision) / NULLIF(").add(b).add(", 0)");
            case MOD -> new Sql("mod(CAST(").add(a).add(" AS numeric), NULLIF(CAST(").add(b)
                    .add(" AS numeric), 0))");
            default -> throw new IllegalArgumentException(op.name());
        };
        return Typed.of(SqlType.NUMBER, s.paren());
    }

    private static boolean isTime(Typed t) {
        return t.type() == SqlType.TIME || t.type() == SqlType.TIME_RANGE;
    }

    private static Typed temporal(BinaryOp op, Typed l, Typed r, Values v) {
        if (op != BinaryOp.ADD && op != BinaryOp.SUB) {
            throw v.mismatch(l, SqlType.NUMBER);
        }
        String o = op == BinaryOp.ADD ? " + " : " - ";
        if (l.type() == SqlType.DURATION) {
            Sql b = v.coerce(r, SqlType.DURATION);
            return Typed.of(SqlType.DURATION, l.sql().paren().add(o).add(b.paren()).paren());
        }
        Sql a = v.coerce(l, SqlType.TIME).paren();
        if (isTime(r) && op == BinaryOp.SUB) {
            return Typed.of(SqlType.DURATION, a.add(o).add(v.coerce(r, SqlType.TIME).paren()).paren());
        }
        return Typed.of(SqlType.TIME, a.add(o).add(v.coerce(r, SqlType.DURATION).paren()).paren());
    }
}
