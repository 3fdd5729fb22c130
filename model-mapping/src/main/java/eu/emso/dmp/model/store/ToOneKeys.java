package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Link;
import eu.emso.dmp.model.entity.Navigation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids an entity's to-one navigation properties lead to, read from its own row (for an
 * Observation its Datastream or MultiDatastream and its FeatureOfInterest): what a deletion
 * records so that subscribers of the collections it belonged to can be told after it is gone.
 */
final class ToOneKeys {
    private ToOneKeys() {
    }

    /** By navigation name; empty when the entity does not exist or has no such links. */
    static Map<String, Long> read(Connection c, EntityType type, long id) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Navigation n : type.navigations()) {
            if (!n.toMany() && n.link() instanceof Link.SourceKey k) {
                columns.put(n.name(), k.column());
            }
        }
        Map<String, Long> keys = new LinkedHashMap<>();
        if (columns.isEmpty()) {
            return keys;
        }
        String sql = "SELECT " + String.join(", ", columns.values()) + " FROM " + type.table() + " WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    int i = 1;
                    for (String name : columns.keySet()) {
                        long v = rs.getLong(i++);
                        if (!rs.wasNull()) {
                            keys.put(name, v);
                        }
                    }
                }
            }
        }
        return keys;
    }
}
