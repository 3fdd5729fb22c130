package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The map from a remote entity (source, entity type, remote id) to the local entity made from it,
 * inside one {@link EntityTransaction}: a mapping written here commits or rolls back with the
 * entity created in the same transaction, so a harvest stopped at any point leaves no local entity
 * without its mapping and no mapping without its entity. Not thread-safe.
 */
public final class RemoteIds {
    private final Connection c;

    RemoteIds(Connection c) {
        this.c = c;
    }

    /** A mapping: the local id and when the remote entity was harvested first and last. */
    public record Mapping(long localId, Instant firstHarvest, Instant lastHarvest) {
    }

    /** The local entity made from the remote one, if any. */
    public Optional<Mapping> find(String source, EntityType type, String remoteId) {
        return run(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT local_id, first_harvest, last_harvest "
                    + "FROM federation_entities WHERE source = ? AND entity_type = ? AND remote_id = ?")) {
                ps.setString(1, source);
                ps.setString(2, type.name());
                ps.setString(3, remoteId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Mapping(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3).toInstant())) : Optional.<Mapping>empty();
                }
            }
        });
    }

    /** Records that the remote entity is the local one, harvested first and last {@code at}. */
    public void map(String source, EntityType type, String remoteId, long localId, Instant at) {
        run(() -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO federation_entities (source, entity_type, "
                    + "remote_id, local_id, first_harvest, last_harvest) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, source);
                ps.setString(2, type.name());
                ps.setString(3, remoteId);
                ps.setLong(4, localId);
                ps.setTimestamp(5, Timestamp.from(at));
                ps.setTimestamp(6, Timestamp.from(at));
                return ps.executeUpdate();
            }
        });
    }

    /** Sets the last harvest time of a mapping. */
    public void touch(String source, EntityType type, String remoteId, Instant at) {
        run(() -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE federation_entities SET last_harvest = ? "
                    + "WHERE source = ? AND entity_type = ? AND remote_id = ?")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, source);
                ps.setString(3, type.name());
                ps.setString(4, remoteId);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Sets the member {@code federation} of the local entity's {@code properties} to
     * {@code provenance} (a JSON object text), leaving its other members as they are.
     */
    public void provenance(EntityType type, long localId, String provenance) {
        run(() -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + type.table() + " SET properties = "
                    + "jsonb_set(coalesce(properties, '{}'::jsonb), '{federation}', ?::jsonb) WHERE id = ?")) {
                ps.setString(1, provenance);
                ps.setLong(2, localId);
                return ps.executeUpdate();
            }
        });
    }

    private interface Step<T> {
        T run() throws SQLException;
    }

    private static <T> T run(Step<T> step) {
        try {
            return step.run();
        } catch (SQLException e) {
            if (Transactions.retryable(e)) {
                throw new EntityTransaction.Retry(e);
            }
            throw Transactions.translate(e, false);
        }
    }
}
