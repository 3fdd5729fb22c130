package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.Link;
import eu.emso.dmp.model.entity.Navigation;

/** SQL conditions that relate the two ends of a navigation property. */
final class Joins {
    private Joins() {
    }

    /**
     * The condition under which the row {@code target} (of the navigation's target type) is
     * related to the source row whose alias is {@code source}.
     */
    static Sql between(Navigation nav, String source, String target, Aliases aliases) {
        Link link = nav.link();
        if (link instanceof Link.SourceKey k) {
            return new Sql(target + ".id = " + source + "." + k.column());
        }
        if (link instanceof Link.TargetKey k) {
            return new Sql(target + "." + k.column() + " = " + source + ".id");
        }
        Link.Table t = (Link.Table) link;
        String l = aliases.next();
        return new Sql("EXISTS (SELECT 1 FROM " + t.table() + " " + l + " WHERE " + l + "."
                + t.sourceColumn() + " = " + source + ".id AND " + l + "." + t.targetColumn() + " = "
                + target + ".id)");
    }

    /**
     * The condition under which {@code target} is related to the source entity whose id is the
     * SQL expression {@code sourceId} (a bound parameter or a column).
     */
    static Sql toSourceId(Navigation nav, Sql sourceId, String target, Aliases aliases) {
        Link link = nav.link();
        if (link instanceof Link.TargetKey k) {
            return new Sql(target + "." + k.column() + " = ").add(sourceId);
        }
        if (link instanceof Link.SourceKey k) {
            String s = aliases.next();
            return new Sql(target + ".id = (SELECT " + s + "." + k.column() + " FROM "
                    + nav.source().table() + " " + s + " WHERE " + s + ".id = ").add(sourceId).add(")");
        }
        Link.Table t = (Link.Table) link;
        String l = aliases.next();
        return new Sql("EXISTS (SELECT 1 FROM " + t.table() + " " + l + " WHERE " + l + "."
                + t.targetColumn() + " = " + target + ".id AND " + l + "." + t.sourceColumn() + " = ")
                .add(sourceId).add(")");
    }
}
