package eu.emso.dmp.model.path;

import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Navigation;

/**
 * One step of a resource path: an entity set ({@code via} null), or a navigation property from
 * the previous step; with an id when it names one entity of a collection.
 */
public record PathSegment(EntityType type, Navigation via, Long id) {

    /** Whether this step names a collection rather than one entity. */
    public boolean isCollection() {
        return id == null && (via == null || via.toMany());
    }
}
