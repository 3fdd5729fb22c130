package eu.emso.dmp.server.mqtt;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.Navigation;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.PathException;
import eu.emso.dmp.model.path.PathSegment;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.Change;
import eu.emso.dmp.model.store.EntityStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Whether a changed entity belongs to what a subscribed topic addresses: collections hear of
 * created members, entities and their properties of updates (and an entity topic of its
 * creation). A path the entity's own keys cannot settle (many-to-many, several steps) is asked
 * of the store. Thread-safe.
 */
final class TopicMembership {
    private final Supplier<EntityStore> store;

    TopicMembership(Supplier<EntityStore> store) {
        this.store = store;
    }

    boolean matches(StaTopic topic, EntityRow row, Change.Kind kind) {
        ResourcePath path = topic.path();
        if (path.type() != row.type()) {
            return false;
        }
        if (topic.isCollection()) {
            return kind == Change.Kind.CREATED && inCollection(path, row);
        }
        if (topic.isProperty() && kind != Change.Kind.UPDATED) {
            return false;
        }
        return isEntity(path.entity(), row);
    }

    private boolean inCollection(ResourcePath path, EntityRow row) {
        List<PathSegment> steps = path.segments();
        if (steps.size() == 1) {
            return true;
        }
        PathSegment last = path.last();
        Navigation back = last.via().inverse();
        PathSegment parent = steps.get(0);
        if (steps.size() == 2 && back != null && !back.toMany() && parent.id() != null) {
            return parent.id().equals(row.key(back.name()));
        }
        List<PathSegment> withId = new ArrayList<>(steps.subList(0, steps.size() - 1));
        withId.add(new PathSegment(last.type(), last.via(), row.id()));
        return exists(new ResourcePath(withId, null, false, false), row.id());
    }

    private boolean isEntity(ResourcePath path, EntityRow row) {
        if (path.segments().size() == 1) {
            return Long.valueOf(row.id()).equals(path.last().id());
        }
        return exists(path, row.id());
    }

    private boolean exists(ResourcePath path, long id) {
        try {
            return store.get().readEntity(Version.V11, path, QueryOptions.none()).id() == id;
        } catch (PathException notThere) {
            return false;
        }
    }
}
