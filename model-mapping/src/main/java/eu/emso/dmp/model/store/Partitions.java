package eu.emso.dmp.model.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Creates the monthly observation partitions writes need, each once. A partition is created on
 * its own short transaction, before the write's transaction when possible
 * ({@link #prepare(JsonNode)}), so that writers do not hold the DDL lock. When a write's own
 * transaction already holds a lock that creation would wait for, creation happens inside that
 * transaction instead, which cannot deadlock. Thread-safe.
 */
final class Partitions {
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private final DataSource dataSource;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    Partitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Before a transaction: creates the partitions for every phenomenonTime in a request body. */
    void prepare(JsonNode body) throws SQLException {
        List<OffsetDateTime> times = new ArrayList<>();
        collect(body, times);
        for (OffsetDateTime t : times) {
            if (!known.contains(month(t))) {
                createAlone(t, null);
            }
        }
    }

    /** Inside the write transaction {@code current}: makes sure every time has its partition. */
    void ensure(Connection current, Collection<OffsetDateTime> times) throws SQLException {
        for (OffsetDateTime t : times) {
            if (!known.contains(month(t)) && !createAlone(t, current)) {
                try (PreparedStatement ps = current.prepareStatement("SELECT dmp_ensure_partition(?)")) {
                    ps.setObject(1, t);
                    ps.execute();
                }
            }
        }
    }

    /** Creates the partition on a connection of its own; false when that would wait for {@code current}. */
    private boolean createAlone(OffsetDateTime t, Connection current) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute(current == null ? "SET lock_timeout = '30s'" : "SET lock_timeout = '500ms'");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT dmp_ensure_partition(?)")) {
                ps.setObject(1, t);
                ps.execute();
            } catch (SQLException e) {
                if (current != null && LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("RESET lock_timeout");
                }
            }
        }
        known.add(month(t));
        return true;
    }

    private static YearMonth month(OffsetDateTime t) {
        return YearMonth.from(t.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static void collect(JsonNode node, List<OffsetDateTime> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if (e.getKey().equals("phenomenonTime") && e.getValue().isTextual()) {
                    start(e.getValue().asText(), out);
                } else {
                    collect(e.getValue(), out);
                }
            }
        }
    }

    private static void start(String text, List<OffsetDateTime> out) {
        try {
            out.add(OffsetDateTime.parse(text.split("/", 2)[0]));
        } catch (DateTimeParseException e) {
            // invalid times are reported by the decoder, inside the transaction
        }
    }
}
