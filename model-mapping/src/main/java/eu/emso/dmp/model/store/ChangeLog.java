package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityType;
import java.util.ArrayList;
import java.util.List;

/** The entities a transaction created or changed, published once it has committed. Not thread-safe. */
final class ChangeLog {
    private final List<Change> changes = new ArrayList<>();

    void created(EntityType type, long id) {
        changes.add(new Change(type, id, Change.Kind.CREATED));
    }

    void updated(EntityType type, long id) {
        changes.add(new Change(type, id, Change.Kind.UPDATED));
    }

    void deleted(EntityType type, long id, java.util.Map<String, Long> keys) {
        changes.add(new Change(type, id, Change.Kind.DELETED, keys));
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }
}
