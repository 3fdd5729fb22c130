package eu.emso.dmp.model.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded cluster of a running server, reached from another process (a command-line tool)
 * on the port and with the password the running cluster uses, so that the tool works beside the
 * server instead of starting the cluster a second time.
 */
public final class RunningCluster {
    private RunningCluster() {
    }

    /**
     * Connection settings for the cluster in {@code clusterDir} when its postmaster runs and
     * accepts connections on the port it wrote to {@code postmaster.pid}; empty otherwise. The
     * cluster's lock file is not touched: within one JVM, closing a channel on it would drop
     * the running server's lock.
     */
    public static Optional<DbSettings> find(Path clusterDir, int poolSize) {
        ClusterLayout layout = new ClusterLayout(clusterDir);
        if (!Files.exists(layout.postmasterPid())) {
            return Optional.empty();
        }
        try {
            List<String> pid = Files.readAllLines(layout.postmasterPid(), StandardCharsets.US_ASCII);
            int port = Integer.parseInt(pid.get(3).strip()); // line 4 of postmaster.pid: the port
            String password = Files.readString(layout.passwordFile(), StandardCharsets.UTF_8).strip();
            DbSettings db = new DbSettings("jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedPostgres.DATABASE,
                    ClusterInitializer.SUPERUSER, password, poolSize);
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                return Optional.of(db);
            }
        } catch (java.sql.SQLException e) {
            return Optional.empty(); // not running, or stopping
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // starting or stopping: not reachable yet
        }
    }
}
