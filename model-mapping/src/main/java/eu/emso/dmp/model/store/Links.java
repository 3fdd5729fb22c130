package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.entity.Link;
import eu.emso.dmp.model.entity.Navigation;
import java.sql.Connection;
import java.sql.SQLException;

/** Creating and removing links of navigation properties, and the history they leave. */
final class Links {
    private Links() {
    }

    /** Links existing entity {@code targetId} to {@code sourceId} over a to-many navigation. */
    static void link(Connection c, Navigation nav, long sourceId, long targetId) throws SQLException {
        if (!Rows.exists(c, nav.target(), targetId)) {
            throw new InvalidEntityException("there is no " + nav.target().singular() + " with id " + targetId);
        }
        if (nav.link() instanceof Link.TargetKey k) {
            Rows.execute(c, "UPDATE " + nav.target().table() + " SET " + k.column() + " = ? WHERE id = ?",
                    sourceId, targetId);
        } else if (nav.link() instanceof Link.Table t && t.rankColumn() != null) {
            long scope = t.ranksSource() ? sourceId : targetId;
            Rows.execute(c, "INSERT INTO " + t.table() + " (" + t.sourceColumn() + ", " + t.targetColumn() + ", "
                    + t.rankColumn() + ") SELECT ?, ?, COALESCE(max(" + t.rankColumn() + ") + 1, 0) FROM "
                    + t.table() + " WHERE " + t.rankScope() + " = ?", sourceId, targetId, scope);
        } else if (nav.link() instanceof Link.Table t) {
            Rows.execute(c, "INSERT INTO " + t.table() + " (" + t.sourceColumn() + ", " + t.targetColumn()
                    + ") VALUES (?, ?) ON CONFLICT DO NOTHING", sourceId, targetId);
        } else {
            Link.SourceKey k = (Link.SourceKey) nav.link();
            Rows.execute(c, "UPDATE " + nav.source().table() + " SET " + k.column() + " = ? WHERE id = ?",
                    targetId, sourceId);
        }
    }

    /** Rejects changes to ordered links after creation: they give the shape of a MultiDatastream's results. */
    static void requireChangeable(Navigation nav) {
        if (nav.link() instanceof Link.Table t && t.rankColumn() != null) {
            throw new InvalidEntityException("the ObservedProperties of a MultiDatastream are fixed when it is "
                    + "created: they give the order of its result arrays");
        }
    }

    /** The rank of row {@code target} among the links of source {@code sourceId}, as a sort key. */
    static Sql rank(Navigation nav, Sql sourceId, String target) {
        Link.Table t = (Link.Table) nav.link();
        return new Sql("(SELECT l.rank FROM " + t.table() + " l WHERE l." + t.sourceColumn() + " = ").add(sourceId)
                .add(" AND l." + t.targetColumn() + " = " + target + ".id ORDER BY l." + t.rankColumn() + " LIMIT 1)");
    }

    /** Whether reads through {@code nav} default to the link order. */
    static boolean ranked(Navigation nav) {
        return nav != null && nav.link() instanceof Link.Table t && t.ranksSource();
    }

    /** Removes the link; returns whether there was one. Required to-one links cannot be removed. */
    static boolean unlink(Connection c, Navigation nav, long sourceId, long targetId) throws SQLException {
        requireChangeable(nav);
        if (nav.link() instanceof Link.Table t) {
            return Rows.execute(c, "DELETE FROM " + t.table() + " WHERE " + t.sourceColumn() + " = ? AND "
                    + t.targetColumn() + " = ?", sourceId, targetId) > 0;
        }
        throw new InvalidEntityException("the link " + nav.source().singular() + "/" + nav.name()
                + " is required and cannot be removed; delete the entity or link another one instead");
    }

    /** Records that Thing {@code thingId} is now at its current Locations (OGC 18-088, 8.2.3). */
    static void recordHistory(Connection c, long thingId) throws SQLException {
        Rows.execute(c, "WITH h AS (INSERT INTO historical_locations (thing_id, time) VALUES (?, now()) "
                + "RETURNING id) INSERT INTO location_historical_locations (location_id, historical_location_id) "
                + "SELECT tl.location_id, h.id FROM thing_locations tl, h WHERE tl.thing_id = ?", thingId, thingId);
    }
}
