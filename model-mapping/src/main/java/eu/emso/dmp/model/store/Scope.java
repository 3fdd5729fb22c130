package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Navigation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows an expression can see: the entity row being filtered or sorted, plus the related rows
 * its navigation paths join in. Paths that share a prefix share the joined row (so
 * {@code Datastreams/name eq 'a' and ...} inside one comparison speaks of one Datastream).
 * Not thread-safe.
 */
final class Scope {
    private final EntityType type;
    private final String alias;
    private final Aliases aliases;
    private final List<String> from = new ArrayList<>();
    private final List<Sql> where = new ArrayList<>();
    private final Map<String, String> joined = new HashMap<>();
    private boolean toMany;

    Scope(EntityType type, String alias, Aliases aliases) {
        this.type = type;
        this.alias = alias;
        this.aliases = aliases;
    }

    EntityType type() {
        return type;
    }

    String alias() {
        return alias;
    }

    Aliases aliases() {
        return aliases;
    }

    /** Joins the row reached from {@code fromAlias} over {@code nav}; the key names the path. */
    String join(String key, String fromAlias, Navigation nav) {
        String existing = joined.get(key);
        if (existing != null) {
            return existing;
        }
        String a = aliases.next();
        from.add(nav.target().table() + " " + a);
        where.add(Joins.between(nav, fromAlias, a, aliases));
        joined.put(key, a);
        toMany |= nav.toMany();
        return a;
    }

    boolean hasJoins() {
        return !from.isEmpty();
    }

    boolean hasToMany() {
        return toMany;
    }

    /** {@code EXISTS (SELECT 1 FROM joined WHERE links AND condition)}: any-semantics. */
    Sql exists(Sql condition) {
        return new Sql("EXISTS (SELECT 1 FROM " + String.join(", ", from) + " WHERE ")
                .add(Sql.join(" AND ", where)).add(" AND ").add(condition).add(")");
    }

    /** {@code (SELECT value FROM joined WHERE links)}: for to-one paths only. */
    Sql scalar(Sql value) {
        return new Sql("(SELECT ").add(value).add(" FROM " + String.join(", ", from) + " WHERE ")
                .add(Sql.join(" AND ", where)).add(")");
    }
}
