package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Navigation;
import eu.emso.dmp.model.entity.Property;
import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.QueryException;
import eu.emso.dmp.model.query.UnaryOp;
import eu.emso.dmp.model.store.Typed.SqlType;
import java.util.List;

/**
 * Translates query-language expressions (OGC 18-088, 9.3.3.5) over one entity type into SQL.
 * Comparisons and functions that reach related entities through to-many navigation paths become
 * {@code EXISTS} sub-queries (any-semantics); type errors are client errors. Not thread-safe: one
 * instance per statement.
 */
final class ExprTranslator {
    private final String option;
    private final Values values;
    private final Functions functions;

    ExprTranslator(String option) {
        this.option = option;
        this.values = new Values(option);
        this.functions = new Functions(this);
    }

    /** A boolean condition for {@code $filter}, evaluated on the row {@code alias}. */
    Sql condition(Expr e, EntityType type, String alias, Aliases aliases) {
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR)) {
            return condition(b.left(), type, alias, aliases).paren()
                    .add(b.op() == BinaryOp.AND ? " AND " : " OR ")
                    .add(condition(b.right(), type, alias, aliases).paren());
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
            return new Sql("NOT ").add(condition(u.operand(), type, alias, aliases).paren());
        }
        Scope scope = new Scope(type, alias, aliases);
        Sql c = asCondition(translate(e, scope));
        return scope.hasJoins() ? scope.exists(c) : c;
    }

    /** A sort key for {@code $orderby}: a scalar, reaching only to-one related entities. */
    Sql scalar(Expr e, EntityType type, String alias, Aliases aliases) {
        Scope scope = new Scope(type, alias, aliases);
        Typed t = translate(e, scope);
        // a result sorts by its numeric value; a geometry by its WKT, which is stable for paging
        Sql v = t.type() == SqlType.GEOMETRY ? new Sql("ST_AsText(").add(t.sql()).add(")") : t.sql();
        if (scope.hasToMany()) {
            throw error("cannot sort by a path through a to-many navigation property");
        }
        return scope.hasJoins() ? scope.scalar(v) : v;
    }

    /**
     * Whether {@code e} can never be null on a row of {@code type}: a property the schema keeps
     * NOT NULL (the id, a required property, an Observation's phenomenon time). Such sort keys
     * need no null placement, which lets an index deliver the order.
     */
    static boolean notNull(Expr e, EntityType type) {
        if (!(e instanceof Expr.Path p) || p.segments().size() != 1) {
            return false;
        }
        Property prop = type.property(p.segments().get(0));
        return prop != null && (prop.kind() == eu.emso.dmp.model.entity.ValueKind.ID
                || prop.kind() == eu.emso.dmp.model.entity.ValueKind.INSTANT_OR_INTERVAL
                || prop.required() && prop.kind() == eu.emso.dmp.model.entity.ValueKind.TEXT);
    }

    Typed translate(Expr e, Scope scope) {
        if (e instanceof Expr.Path p) {
            return path(p.segments(), scope);
        }
        if (e instanceof Expr.Literal l) {
            return values.literal(l);
        }
        if (e instanceof Expr.Unary u) {
            Typed t = translate(u.operand(), scope);
            if (u.op() == UnaryOp.NOT) {
                return Typed.of(SqlType.BOOLEAN, new Sql("NOT ").add(asCondition(t).paren()));
            }
            return Typed.of(SqlType.NUMBER, new Sql("-").add(values.coerce(t, SqlType.NUMBER).paren()));
        }
        if (e instanceof Expr.Call c) {
            return functions.call(c, scope);
        }
        Expr.Binary b = (Expr.Binary) e;
        return switch (b.op()) {
            case AND, OR -> Typed.of(SqlType.BOOLEAN, asCondition(translate(b.left(), scope)).paren()
                    .add(b.op() == BinaryOp.AND ? " AND " : " OR ")
                    .add(asCondition(translate(b.right(), scope)).paren()));
            case ADD, SUB, MUL, DIV, MOD -> Arithmetic.apply(b.op(), translate(b.left(), scope),
                    translate(b.right(), scope), values);
            default -> Comparisons.compare(b.op(), operand(b.left(), b.right(), scope),
                    operand(b.right(), b.left(), scope), values);
        };
    }

    /** Translates one side of a comparison; a string literal compared with a time is a time. */
    private Typed operand(Expr side, Expr other, Scope scope) {
        if (side instanceof Expr.StrLit s && !(other instanceof Expr.Literal)) {
            Typed o = translate(other, scope);
            if (o.type() == SqlType.TIME || o.type() == SqlType.TIME_RANGE) {
                return values.timeFromString(s.value());
            }
        }
        return translate(side, scope);
    }

    Sql asCondition(Typed t) {
        return switch (t.type()) {
            case BOOLEAN -> t.sql();
            case JSON, RESULT -> values.coerce(t, SqlType.BOOLEAN).paren().add(" IS TRUE");
            default -> throw error("the expression is not a condition (it has type "
                    + t.type().name().toLowerCase() + ")");
        };
    }

    private Typed path(List<String> segments, Scope scope) {
        EntityType type = scope.type();
        String alias = scope.alias();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            Navigation nav = type.navigation(s);
            if (nav != null) {
                key.append('/').append(s);
                alias = scope.join(key.toString(), alias, nav);
                type = nav.target();
                continue;
            }
            Property p = type.property(s);
            if (p == null) {
                throw error("'" + s + "' is neither a property nor a navigation property of "
                        + type.singular());
            }
            return values.property(p, alias, segments.subList(i + 1, segments.size()));
        }
        throw error("the path '" + String.join("/", segments) + "' ends at an entity, not a value");
    }

    QueryException error(String message) {
        return new QueryException(option, -1, message);
    }

    Values values() {
        return values;
    }
}
