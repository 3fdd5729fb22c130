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
        } else if (nav.link() instanceof Link.Table t) {
            Rows.execute(c, "INSERT INTO " + t.table() + " (" + t.sourceColumn() + ", " + t.targetColumn()
                    + ") VALUES (?, ?) ON CONFLICT DO NOTHING", sourceId, targetId);
        } else {
            Link.SourceKey k = (Link.SourceKey) nav.link();
            Rows.execute(c, "UPDATE " + nav.source().table() + " SET " + k.column() + " = ? WHERE id = ?",
                    targetId, sourceId);
        }
    }

    /** Removes the link; returns whether there was one. Required to-one links cannot be removed. */
    static boolean unlink(Connection c, Navigation nav, long sourceId, long targetId) throws SQLException {
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
