package eu.emso.dmp.model.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * Creates the monthly observation partitions writes need. A partition is created on its own
 * short transaction before the write's transaction when the times are known in advance
 * ({@link #prepare}), so that writers do not hold the DDL lock; a partition still missing inside
 * a write is created in that write's transaction, which cannot deadlock. Thread-safe.
 */
final class Partitions {
    private final DataSource dataSource;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    Partitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Before a transaction: creates the partitions for every phenomenonTime in a request body. */
    void prepare(JsonNode body) throws SQLException {
        List<OffsetDateTime> times = new ArrayList<>();
        collect(body, times);
        prepare(times);
    }

    /** Before a transaction: creates the partitions for these times, each on a short transaction of its own. */
    void prepare(Collection<OffsetDateTime> times) throws SQLException {
        for (OffsetDateTime t : times) {
            if (!known.contains(month(t))) {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(true);
                    create(c, t);
                }
                known.add(month(t));
            }
        }
    }

    /**
     * Inside the write transaction {@code current}: makes sure every time has its partition,
     * creating a missing one in that transaction (never on a second pooled connection, which a
     * saturated pool could not give while writers hold theirs).
     */
    void ensure(Connection current, Collection<OffsetDateTime> times) throws SQLException {
        for (OffsetDateTime t : times) {
            if (!known.contains(month(t))) {
                create(current, t);
            }
        }
    }

    private static void create(Connection c, OffsetDateTime t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT dmp_ensure_partition(?)")) {
            ps.setObject(1, t);
            ps.execute();
        }
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
            OffsetDateTime t = OffsetDateTime.parse(text.split("/", 2)[0]);
            if (t.getYear() >= 1 && t.getYear() <= 9999) {
                out.add(t);
            }
        } catch (DateTimeParseException e) {
            // invalid times (and years this server does not store) are reported by the decoder
        }
    }
}
