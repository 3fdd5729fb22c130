package eu.emso.dmp.model.entity;

/**
 * A navigation property: a named link from one entity type to another.
 *
 * @param name     the JSON name (e.g. {@code Datastreams}, {@code Thing})
 * @param source   the type that has this navigation property
 * @param target   the type it leads to
 * @param toMany   whether it leads to a collection
 * @param link     how it is stored
 * @param required for to-one links: whether an entity cannot exist without it
 */
public record Navigation(String name, EntityType source, EntityType target, boolean toMany,
                         Link link, boolean required) {

    /** The inverse navigation on the target type, if the model has one. */
    public Navigation inverse() {
        for (Navigation n : target.navigations()) {
            if (n.target() == source && isInverse(n.link())) {
                return n;
            }
        }
        return null;
    }

    private boolean isInverse(Link other) {
        if (link instanceof Link.SourceKey s) {
            return other instanceof Link.TargetKey t && t.column().equals(s.column());
        }
        if (link instanceof Link.TargetKey t) {
            return other instanceof Link.SourceKey s && s.column().equals(t.column());
        }
        Link.Table a = (Link.Table) link;
        return other instanceof Link.Table b && a.table().equals(b.table())
                && a.sourceColumn().equals(b.targetColumn());
    }
}
