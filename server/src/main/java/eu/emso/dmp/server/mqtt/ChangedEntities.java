package eu.emso.dmp.server.mqtt;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.PathException;
import eu.emso.dmp.model.path.PathSegment;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.query.QueryParser;
import eu.emso.dmp.model.store.EntityStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the entities a batch of changes names, as the 1.1 representation with the keys of their
 * to-one links. Ids close together are read with one range query, so a burst of thousands of
 * created observations costs a handful of queries. An entity deleted meanwhile is left out.
 * Stateless; thread-safe.
 */
final class ChangedEntities {
    /** Largest id span read by one query; below the store's largest page. */
    private static final int SPAN = 5_000;

    private ChangedEntities() {
    }

    /** The entities of {@code type} with these ids, by id. */
    static Map<Long, EntityRow> read(EntityStore store, EntityType type, List<Long> ids) {
        Map<Long, EntityRow> rows = new HashMap<>();
        TreeSet<Long> sorted = new TreeSet<>(ids);
        while (!sorted.isEmpty()) {
            long first = sorted.first();
            long last = sorted.floor(first + SPAN - 1);
            if (first == last) {
                one(store, type, first, rows);
            } else {
                range(store, type, first, last, rows);
            }
            sorted.headSet(last, true).clear();
        }
        return rows;
    }

    private static void one(EntityStore store, EntityType type, long id, Map<Long, EntityRow> rows) {
        ResourcePath path = new ResourcePath(List.of(new PathSegment(type, null, id)), null, false, false);
        try {
            rows.put(id, store.readEntity(Version.V11, path, QueryOptions.none()));
        } catch (PathException gone) {
            // deleted since the change was committed: nothing to tell
        }
    }

    private static void range(EntityStore store, EntityType type, long first, long last, Map<Long, EntityRow> rows) {
        ResourcePath path = new ResourcePath(List.of(new PathSegment(type, null, null)), null, false, false);
        QueryOptions o = QueryParser.parse(Map.of(
                "$filter", List.of("id ge " + first + " and id le " + last),
                "$top", List.of(Long.toString(last - first + 1))));
        EntitySet set = store.readCollection(Version.V11, path, o);
        for (EntityRow r : set.rows()) {
            rows.put(r.id(), r);
        }
    }
}
