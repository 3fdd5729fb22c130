package eu.emso.dmp.model.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** Which Thing an entity belongs to, for writers restricted to some Things. Thread-safe. */
public final class ThingOwnership {
    private final Transactions tx;

    public ThingOwnership(DataSource dataSource) {
        this.tx = new Transactions(dataSource);
    }

    /** The Thing of Datastream {@code id}; empty when there is no such Datastream. */
    public OptionalLong thingOfDatastream(long id) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT thing_id FROM datastreams WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }
}
