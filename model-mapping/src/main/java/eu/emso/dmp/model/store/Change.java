package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityType;

/**
 * An entity that a committed transaction created, updated or deleted: what live subscribers
 * (MQTT) follow.
 */
public record Change(EntityType type, long id, Kind kind) {

    /** What happened to the entity. */
    public enum Kind { CREATED, UPDATED, DELETED }
}
