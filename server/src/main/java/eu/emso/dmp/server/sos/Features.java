package eu.emso.dmp.server.sos;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Features of interest by SOS identifier and by id, read through the store's query model and
 * remembered for the length of one request. Not thread-safe: one request, one instance.
 */
public final class Features {
    private final EntityStore store;
    private final Map<Long, EntityRow> byId = new HashMap<>();

    public Features(EntityStore store) {
        this.store = store;
    }

    /** The ids of the features with these identifiers; InvalidParameterValue for an unknown one. */
    public List<Long> ids(List<String> identifiers) {
        List<Long> ids = new ArrayList<>();
        for (String identifier : identifiers) {
            List<EntityRow> rows = find0(identifier);
            if (rows.isEmpty()) {
                throw SosException.invalid("featureOfInterest", "no featureOfInterest '" + identifier
                        + "' is known to this service");
            }
            rows.forEach(r -> ids.add(r.id()));
        }
        return ids;
    }

    /** The id of the feature with this identifier, if there is one. */
    public Optional<Long> find(String identifier) {
        return find0(identifier).stream().map(EntityRow::id).findFirst();
    }

    /** The feature with this id (read once per request), or null. */
    public EntityRow byId(Long id) {
        if (id == null) {
            return null;
        }
        return byId.computeIfAbsent(id, k -> Pages.all(store, ResourcePathParser.parse("FeaturesOfInterest"),
                matching(new Expr.Binary(BinaryOp.EQ, new Expr.Path(List.of("id")),
                        new Expr.NumLit(java.math.BigDecimal.valueOf(k), true)))).stream().findFirst().orElse(null));
    }

    private List<EntityRow> find0(String identifier) {
        Expr byName = new Expr.Binary(BinaryOp.EQ, new Expr.Path(List.of("name")), new Expr.StrLit(identifier));
        Expr byKey = new Expr.Binary(BinaryOp.EQ, new Expr.Path(List.of("properties", "sos_identifier")),
                new Expr.StrLit(identifier));
        List<EntityRow> rows = Pages.all(store, ResourcePathParser.parse("FeaturesOfInterest"),
                matching(new Expr.Binary(BinaryOp.OR, byKey, byName)));
        rows.removeIf(r -> !Identifiers.feature(r).equals(identifier));
        rows.forEach(r -> byId.put(r.id(), r));
        return rows;
    }

    /** The options selecting the entities that match {@code filter} (all when it is null). */
    public static QueryOptions matching(Expr filter) {
        return new QueryOptions(Optional.ofNullable(filter), List.of(), OptionalInt.of(Pages.PAGE), OptionalLong.empty(),
                false, List.of(), List.of(), Optional.empty(), Optional.empty());
    }
}
