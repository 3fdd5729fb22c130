package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityType;
import java.util.Map;

/**
 * An entity that a committed transaction created, updated or deleted: what live subscribers
 * (MQTT) follow.
 *
 * @param keys for a deleted entity, the ids its to-one navigation properties led to just before
 *             the deletion (e.g. {@code Datastream → 5} for an Observation), by navigation name;
 *             empty otherwise, since the stored entity tells them
 */
public record Change(EntityType type, long id, Kind kind, Map<String, Long> keys) {

    /** What happened to the entity. */
    public enum Kind { CREATED, UPDATED, DELETED }

    public Change {
        keys = Map.copyOf(keys);
    }

    /** A change whose entity is still stored (or whose links do not matter). */
    public Change(EntityType type, long id, Kind kind) {
        this(type, id, kind, Map.of());
    }
}
