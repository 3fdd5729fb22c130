package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Property;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.query.QueryException;
import java.util.ArrayList;
import java.util.List;

/** Resolves {@code $select} against an entity type (OGC 18-088, 9.3.2.3). */
final class SelectList {
    private SelectList() {
    }

    /** The properties to read: those selected, or all of the version's when nothing is. */
    static List<Property> properties(EntityType type, List<List<String>> select, Version version) {
        List<Property> out = new ArrayList<>();
        if (select.isEmpty()) {
            for (Property p : type.properties()) {
                if (p.visibleIn(version)) {
                    out.add(p);
                }
            }
            return out;
        }
        for (List<String> path : select) {
            String name = path.get(0);
            Property p = type.property(name);
            if (path.size() > 1 || (p == null && type.navigation(name) == null)
                    || (p != null && !p.visibleIn(version))) {
                throw new QueryException("$select", -1, "'" + String.join("/", path)
                        + "' is not a property of " + type.singular());
            }
            if (p != null && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
