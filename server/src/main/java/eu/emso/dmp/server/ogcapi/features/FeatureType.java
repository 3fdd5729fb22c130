package eu.emso.dmp.server.ogcapi.features;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.query.Expand;
import eu.emso.dmp.model.query.Expr;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One fixed feature collection over a SensorThings entity set: where its features' geometry
 * and time are, and which properties may be filtered on. Immutable.
 *
 * @param id         the collection id, e.g. {@code things}
 * @param title      a human title
 * @param description what the collection holds
 * @param entitySet  the SensorThings entity set read, e.g. {@code Things}
 * @param geometry   the path of the geometry in the query model (filters on it, e.g. {@code bbox})
 * @param time       the path of the temporal extent (for {@code datetime}), or null when it has none
 * @param queryables queryable name to its path in the query model
 * @param expand     what to read with each entity (e.g. the Thing's Location)
 */
public record FeatureType(String id, String title, String description, String entitySet, Expr.Path geometry,
                          Expr.Path time, Map<String, Expr.Path> queryables, List<Expand> expand) {

    public FeatureType {
        Objects.requireNonNull(id, "id");
        queryables = Map.copyOf(queryables);
        expand = List.copyOf(expand);
    }

    /**
     * The GeoJSON geometry of an entity read for this collection (the first Location of a Thing,
     * the feature of a FeatureOfInterest, the observed area of a Datastream), or null.
     */
    public RawJson geometryOf(EntityRow row) {
        if (geometry.segments().size() > 1) {
            Object nested = row.expanded().get(geometry.segments().get(0));
            if (nested instanceof EntitySet set && !set.rows().isEmpty()) {
                Object g = set.rows().get(0).values().get(geometry.segments().get(1));
                return g instanceof RawJson r ? r : null;
            }
            return null;
        }
        Object g = row.values().get(geometry.segments().get(0));
        return g instanceof RawJson r ? r : null;
    }

    /** The name of the entity property that holds the geometry when it is the entity's own, else null. */
    public String ownGeometryProperty() {
        return geometry.segments().size() == 1 ? geometry.segments().get(0) : null;
    }
}
