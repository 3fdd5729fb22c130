package eu.emso.dmp.model.store;

import eu.emso.dmp.model.path.PathSegment;
import eu.emso.dmp.model.path.ResourcePath;
import java.util.ArrayList;
import java.util.List;

/** The conditions that select the entities a resource path addresses. */
final class PathConditions {
    private PathConditions() {
    }

    /** Conditions on row {@code alias} of the path's last step. */
    static List<Sql> of(ResourcePath path, String alias, Aliases aliases) {
        List<Sql> conds = new ArrayList<>();
        PathSegment last = path.last();
        if (last.id() != null) {
            conds.add(new Sql(alias + ".id = ").bind(last.id()));
        }
        int n = path.segments().size();
        if (n > 1) {
            conds.add(Joins.toSourceId(last.via(), idOf(path.segments(), n - 2, aliases), alias, aliases));
        }
        return conds;
    }

    /** An expression for the id of the entity the path's last step is reached from. */
    static Sql parentId(ResourcePath path, Aliases aliases) {
        return idOf(path.segments(), path.segments().size() - 2, aliases);
    }

    /** An expression for the id of the entity at step {@code i}. */
    private static Sql idOf(List<PathSegment> segments, int i, Aliases aliases) {
        PathSegment s = segments.get(i);
        if (s.id() != null) {
            return new Sql().bind(s.id());
        }
        String x = aliases.next();
        return new Sql("(SELECT " + x + ".id FROM " + s.type().table() + " " + x + " WHERE ")
                .add(Joins.toSourceId(s.via(), idOf(segments, i - 1, aliases), x, aliases)).add(")");
    }
}
