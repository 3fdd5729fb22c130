package eu.emso.dmp.server.emsodev;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expand;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.OrderBy;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityOperations;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The store reads of the EMSODEV API, in the store's query model (no SQL here), and small helpers
 * for the rows they return. Stateless.
 */
final class Reads {
    /** Entities per page when a whole collection is read. */
    static final int PAGE = 5_000;

    private Reads() {
    }

    /** One page of the collection at {@code path}. */
    static EntitySet page(EntityOperations store, String path, Expr filter, List<OrderBy> order, int top,
                          List<List<String>> select, List<Expand> expand, String token) {
        QueryOptions o = new QueryOptions(Optional.ofNullable(filter), order, OptionalInt.of(top), OptionalLong.empty(),
                false, select, expand, Optional.empty(), Optional.ofNullable(token));
        return store.readCollection(Version.V11, ResourcePathParser.parse(path), o);
    }

    /** Every entity of the collection at {@code path}, by id, following the pages. */
    static List<EntityRow> all(EntityOperations store, String path, Expr filter, List<Expand> expand) {
        List<EntityRow> out = new ArrayList<>();
        String token = null;
        do {
            EntitySet s = page(store, path, filter, byId(), PAGE, List.of(), expand, token);
            out.addAll(s.rows());
            token = s.more() ? s.nextToken() : null;
        } while (token != null);
        return out;
    }

    static List<OrderBy> byId() {
        return List.of(new OrderBy(new Expr.Path(List.of("id")), false));
    }

    static Expand expand(String... path) {
        return new Expand(List.of(path), QueryOptions.none());
    }

    static Expr eq(List<String> path, Object value) {
        Expr lit = value instanceof Long n ? new Expr.NumLit(BigDecimal.valueOf(n), true) : new Expr.StrLit(value.toString());
        return new Expr.Binary(BinaryOp.EQ, new Expr.Path(path), lit);
    }

    /** A text property of a row, or "". */
    static String text(EntityRow r, String property) {
        Object v = r == null ? null : r.values().get(property);
        return v == null ? "" : v instanceof RawJson j ? j.text() : v.toString();
    }

    /** A JSON property of a row, or an empty object. */
    static JsonNode json(EntityRow r, String property) {
        Object v = r == null ? null : r.values().get(property);
        if (v instanceof RawJson j) {
            try {
                return Json.mapper().readTree(j.text());
            } catch (IOException e) {
                return Json.mapper().createObjectNode();
            }
        }
        return Json.mapper().createObjectNode();
    }

    /** An entity expanded into a row, or null. */
    static EntityRow one(EntityRow r, String navigation) {
        return r.expanded().get(navigation) instanceof EntityRow e ? e : null;
    }
}
