package eu.emso.dmp.model.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The ingest quarantine table: input lines that could not be stored, kept so that they can be
 * listed, fixed and replayed. When {@link #add} returns, the entries are durable. Thread-safe.
 */
public final class QuarantineStore {
    private static final String INSERT = "INSERT INTO ingest_quarantine (source, format, platform, line_number, "
            + "raw_text, reason) SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])";
    private static final String SELECT = "SELECT id, source, format, platform, line_number, raw_text, reason, "
            + "created_at FROM ingest_quarantine";
    private final Transactions tx;

    public QuarantineStore(DataSource dataSource) {
        this.tx = new Transactions(dataSource);
    }

    /** Stores the entries in one transaction; durable when this returns. */
    public void add(List<QuarantineEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        tx.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setArray(1, c.createArrayOf("text", entries.stream().map(QuarantineEntry::source).toArray()));
                ps.setArray(2, c.createArrayOf("text", entries.stream().map(QuarantineEntry::format).toArray()));
                ps.setArray(3, c.createArrayOf("text", entries.stream().map(QuarantineEntry::platform).toArray()));
                ps.setObject(4, entries.stream().mapToLong(QuarantineEntry::lineNumber).toArray());
                ps.setArray(5, c.createArrayOf("text", entries.stream().map(QuarantineEntry::rawText).toArray()));
                ps.setArray(6, c.createArrayOf("text", entries.stream().map(QuarantineEntry::reason).toArray()));
                return ps.executeUpdate();
            }
        });
    }

    /** Up to {@code limit} entries with an id above {@code afterId}, oldest first. */
    public List<QuarantineEntry> list(long afterId, int limit) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id > ? ORDER BY id LIMIT ?")) {
                ps.setLong(1, afterId);
                ps.setInt(2, limit);
                return rows(ps);
            }
        });
    }

    /** The entry with this id, if there is one. */
    public Optional<QuarantineEntry> get(long id) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
                ps.setLong(1, id);
                return rows(ps).stream().findFirst();
            }
        });
    }

    /** Removes the entry (after a successful replay); whether it existed. */
    public boolean remove(long id) {
        return tx.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM ingest_quarantine WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** The number of entries. */
    public long count() {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM ingest_quarantine");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<QuarantineEntry> rows(PreparedStatement ps) throws SQLException {
        List<QuarantineEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new QuarantineEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class)));
            }
        }
        return out;
    }
}
