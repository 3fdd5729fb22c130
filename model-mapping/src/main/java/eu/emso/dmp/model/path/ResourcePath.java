package eu.emso.dmp.model.path;

import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Property;
import java.util.List;

/**
 * A parsed resource path below a version root.
 *
 * @param segments the entity steps, at least one
 * @param property a property of the last entity, or null
 * @param value    whether {@code $value} follows the property (the raw value)
 * @param ref      whether {@code $ref} ends the path (references instead of entities)
 */
public record ResourcePath(List<PathSegment> segments, Property property, boolean value, boolean ref) {

    public ResourcePath {
        segments = List.copyOf(segments);
    }

    /** The last entity step. */
    public PathSegment last() {
        return segments.get(segments.size() - 1);
    }

    /** The entity type addressed. */
    public EntityType type() {
        return last().type();
    }

    /** Whether the path addresses a collection of entities. */
    public boolean isCollection() {
        return property == null && last().isCollection();
    }

    /** The path without its last entity step (and without property, $value, $ref); or null. */
    public ResourcePath parent() {
        return segments.size() < 2 ? null
                : new ResourcePath(segments.subList(0, segments.size() - 1), null, false, false);
    }

    /** The path of the entity itself, dropping property, $value and $ref. */
    public ResourcePath entity() {
        return new ResourcePath(segments, null, false, false);
    }
}
