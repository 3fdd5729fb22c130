package eu.emso.dmp.server.limits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A superuser connection to a test server's embedded database, to count rows and to hold locks. */
final class Rows implements AutoCloseable {
    private final Connection conn;

    private Rows(Connection conn) {
        this.conn = conn;
    }

    static Rows open(Path dataDir) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres/data/postmaster.pid"));
        String password = Files.readString(dataDir.resolve("postgres/password")).strip();
        return new Rows(DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/dmp",
                "dmp", password));
    }

    Connection connection() {
        return conn;
    }

    /**
     * The exact number of rows of every table of the schema (partitioned tables as a whole), but
     * the outbox, which the notification relay empties by itself.
     */
    Map<String, Long> counts() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT c.relname FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                + "AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'change_outbox' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String t : tables) {
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + t + "\"")) {
                rs.next();
                counts.put(t, rs.getLong(1));
            }
        }
        return counts;
    }

    /** Whether a query of the server waits for a lock now. */
    boolean someoneWaitsForALock() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
