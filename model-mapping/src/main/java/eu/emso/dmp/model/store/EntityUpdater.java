package eu.emso.dmp.model.store;

import static eu.emso.dmp.model.store.Words.article;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.entity.Link;
import eu.emso.dmp.model.entity.Navigation;
import eu.emso.dmp.model.entity.Property;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Updates (PATCH, PUT) and deletes entities with the cascades of OGC 18-088, 10.3 and 10.4,
 * inside the caller's transaction. Not thread-safe: one instance per request.
 */
final class EntityUpdater {
    private final Connection c;
    private final Partitions partitions;
    private final ChangeLog changes;

    EntityUpdater(Connection c, Partitions partitions, ChangeLog changes) {
        this.c = c;
        this.partitions = partitions;
        this.changes = changes;
    }

    /** PATCH ({@code replace} false) or PUT ({@code replace} true) of entity {@code id}. */
    void update(EntityType type, long id, JsonNode body, boolean replace) throws SQLException {
        if (!body.isObject()) {
            throw new InvalidEntityException(article(type) + " " + type.singular() + " must be a JSON object");
        }
        EntityWriter.checkNames(type, body);
        Map<String, Object> cols = Decoded.properties(type, body, replace);
        if (type == EntityType.OBSERVATION && cols.containsKey("result_quality")) {
            // a resultQuality sent by the client replaces the whole of it, compact flags included
            cols.put("qc_tests", null);
            cols.put("qc_config", null);
        }
        if (cols.get("phenomenon_time_start") instanceof OffsetDateTime t) {
            partitions.ensure(c, java.util.List.of(t));
        }
        for (Navigation n : type.navigations()) {
            JsonNode v = body.get(n.name());
            if (v != null && n.link() instanceof Link.SourceKey k) {
                long target = reference(n, v);
                if (!Rows.exists(c, n.target(), target)) {
                    throw new InvalidEntityException("there is no " + n.target().singular() + " with id " + target);
                }
                cols.put(k.column(), target);
            }
        }
        boolean moved = type == EntityType.OBSERVATION
                && (cols.containsKey("datastream_id") || cols.containsKey("multi_datastream_id"));
        if (moved) {
            DatastreamAggregates.recount(c, id, -1);
        }
        Rows.update(c, type, id, cols);
        if (moved) {
            DatastreamAggregates.recount(c, id, 1);
        }
        if (type == EntityType.OBSERVATION) {
            DatastreamAggregates.widen(c, id);
        }
        updateMany(type, id, body);
        changes.updated(type, id);
    }

    private void updateMany(EntityType type, long id, JsonNode body) throws SQLException {
        for (Navigation n : type.navigations()) {
            JsonNode v = body.get(n.name());
            if (v == null || !n.toMany()) {
                continue;
            }
            if (!v.isArray()) {
                throw new InvalidEntityException("'" + n.name() + "' must be a JSON array of references");
            }
            Links.requireChangeable(n);
            boolean newLocations = type == EntityType.THING && n.name().equals("Locations");
            if (newLocations) {
                Rows.execute(c, "DELETE FROM thing_locations WHERE thing_id = ?", id);
            }
            for (JsonNode item : v) {
                Links.link(c, n, id, reference(n, item));
            }
            if (newLocations) {
                Links.recordHistory(c, id);
            }
        }
    }

    private static long reference(Navigation n, JsonNode v) {
        Long ref = EntityWriter.reference(v);
        if (ref == null) {
            throw new InvalidEntityException("'" + n.name() + "' may only hold references ({\"@iot.id\": ...}) "
                    + "in an update");
        }
        return ref;
    }

    /** Deletes entity {@code id} and what the standard deletes with it. */
    void delete(EntityType type, long id) throws SQLException {
        Map<String, Long> keys = ToOneKeys.read(c, type, id);
        switch (type) {
            case THING, SENSOR -> {
                String fk = type == EntityType.THING ? "thing_id" : "sensor_id";
                Rows.execute(c, "DELETE FROM observations WHERE datastream_id IN "
                        + "(SELECT id FROM datastreams WHERE " + fk + " = ?)", id);
                Rows.execute(c, "DELETE FROM observations WHERE multi_datastream_id IN "
                        + "(SELECT id FROM multi_datastreams WHERE " + fk + " = ?)", id);
            }
            case OBSERVED_PROPERTY -> {
                Rows.execute(c, "DELETE FROM observations WHERE datastream_id IN "
                        + "(SELECT id FROM datastreams WHERE observed_property_id = ?)", id);
                Rows.execute(c, "DELETE FROM observations WHERE multi_datastream_id IN (SELECT multi_datastream_id "
                        + "FROM multi_datastream_observed_properties WHERE observed_property_id = ?)", id);
                Rows.execute(c, "DELETE FROM multi_datastreams WHERE id IN (SELECT multi_datastream_id "
                        + "FROM multi_datastream_observed_properties WHERE observed_property_id = ?)", id);
            }
            case MULTI_DATASTREAM -> Rows.execute(c, "DELETE FROM observations WHERE multi_datastream_id = ?", id);
            case DATASTREAM -> Rows.execute(c, "DELETE FROM observations WHERE datastream_id = ?", id);
            case FEATURE_OF_INTEREST -> {
                DatastreamAggregates.delete(c, "feature_id = ?", id);
                Rows.execute(c, "UPDATE locations SET gen_foi_id = NULL WHERE gen_foi_id = ?", id);
            }
            default -> { }
        }
        if (type == EntityType.OBSERVATION) {
            DatastreamAggregates.delete(c, "id = ?", id);
        } else {
            Rows.execute(c, "DELETE FROM " + type.table() + " WHERE id = ?", id);
        }
        if (type == EntityType.LOCATION) {
            Rows.execute(c, "DELETE FROM historical_locations h WHERE NOT EXISTS (SELECT 1 FROM "
                    + "location_historical_locations l WHERE l.historical_location_id = h.id)");
        }
        changes.deleted(type, id, keys);
    }
}
