package eu.emso.dmp.model.store;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.query.QueryOptions;

/**
 * The SensorThings operations on entities (OGC 18-088, clauses 9 and 10), whether each runs in a
 * transaction of its own ({@link EntityStore}) or all in one shared transaction
 * ({@link EntityTransaction}). Client errors are raised as
 * {@link eu.emso.dmp.model.entity.InvalidEntityException},
 * {@link eu.emso.dmp.model.path.PathException} or {@link ConflictException}.
 */
public interface EntityOperations {

    /** The page of the collection {@code path} addresses; 404 when its parent does not exist. */
    EntitySet readCollection(Version v, ResourcePath path, QueryOptions o);

    /** The entity {@code path} addresses; 404 when there is none. */
    EntityRow readEntity(Version v, ResourcePath path, QueryOptions o);

    /** Creates an entity in the collection {@code path} addresses; returns its id. */
    long create(ResourcePath path, JsonNode body);

    /** PATCH ({@code replace} false) or PUT ({@code replace} true) of the entity {@code path} addresses. */
    void update(ResourcePath path, JsonNode body, boolean replace);

    /** Deletes the entity {@code path} addresses, with its cascades. */
    void delete(ResourcePath path);

    /** Adds or sets a link given {@code {"@iot.id": n}} or {@code {"@iot.selfLink": url}}. */
    void link(ResourcePath refPath, JsonNode body);

    /** Removes a link: DELETE of {@code .../Nav(id)/$ref}. */
    void unlink(ResourcePath refPath);
}
