package eu.emso.dmp.model.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.zip.CRC32C;
import javax.sql.DataSource;

/**
 * Claims that several server nodes on one database take in turn: a PostgreSQL session advisory
 * lock per name, held on a connection of its own until the claim is closed (or that connection
 * is lost, for example when its node dies). Names live in a space of their own (the two-key form
 * of the advisory locks, with the space as first key), so claims of one kind never block another.
 * Two names that hash alike share a lock: the second waits a turn, nothing more. Thread-safe.
 */
public final class NodeLocks {
    /** Lock space of the ingest drop directory's files. */
    public static final int DROP_FILES = 0x64_6d_70_01;

    private final DataSource dataSource;
    private final int space;

    public NodeLocks(DataSource dataSource, int space) {
        this.dataSource = dataSource;
        this.space = space;
    }

    /** A held claim; {@link #close()} gives it up. */
    public interface Claim extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Claims {@code name} unless another session holds it.
     *
     * @return the claim, or empty when another node (or thread) holds it now
     * @throws SQLException when the database cannot be reached
     */
    public Optional<Claim> tryClaim(String name) throws SQLException {
        int key = key(name);
        Connection c = dataSource.getConnection();
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            s.setInt(1, space);
            s.setInt(2, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    c.close();
                    return Optional.empty();
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return Optional.of(() -> release(c, key));
    }

    private void release(Connection c, int key) {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            s.setInt(1, space);
            s.setInt(2, key);
            s.execute();
            c.close();
        } catch (SQLException e) {
            // the session may still hold the lock: that connection must not go back to the pool
            if (dataSource instanceof com.zaxxer.hikari.HikariDataSource pool) {
                pool.evictConnection(c);
            } else {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closed already
                }
            }
        }
    }

    static int key(String name) {
        CRC32C crc = new CRC32C();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
