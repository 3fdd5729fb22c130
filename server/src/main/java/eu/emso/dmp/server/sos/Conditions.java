package eu.emso.dmp.server.sos;

import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Filter trees of the store's query model that several SOS operations build. Stateless. */
public final class Conditions {
    private Conditions() {
    }

    /** {@code path eq id1 or path eq id2 ...}; an empty list matches nothing. */
    public static Expr anyOf(List<String> path, List<Long> ids) {
        if (ids.isEmpty()) {
            return new Expr.Binary(BinaryOp.EQ, new Expr.Path(List.of("id")), new Expr.NumLit(BigDecimal.valueOf(-1), true));
        }
        Expr e = null;
        for (long id : ids) {
            Expr eq = new Expr.Binary(BinaryOp.EQ, new Expr.Path(path), new Expr.NumLit(BigDecimal.valueOf(id), true));
            e = e == null ? eq : new Expr.Binary(BinaryOp.OR, e, eq);
        }
        return e;
    }

    /** The conjunction of {@code all}; empty when there are none. */
    public static Optional<Expr> allOf(List<Expr> all) {
        return all.stream().reduce((a, b) -> new Expr.Binary(BinaryOp.AND, a, b));
    }
}
