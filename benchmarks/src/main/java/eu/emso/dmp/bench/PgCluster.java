package eu.emso.dmp.bench;

import eu.emso.dmp.model.db.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL/PostGIS cluster holding a database per peer ({@value #OURS} for our
 * server, {@value #FROST} for FROST-Server), so that both run on the same PostgreSQL, memory
 * settings and disk. Closing stops the cluster. Thread-safe.
 */
public final class PgCluster implements AutoCloseable {
    public static final String OURS = "dmp_bench";
    public static final String FROST = "frost_bench";

    private final EmbeddedPostgres pg;

    private PgCluster(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /** Starts (or reuses) the cluster under {@code dir} and makes sure both databases exist with PostGIS. */
    public static PgCluster start(Path dir) throws SQLException {
        PgCluster cluster = new PgCluster(EmbeddedPostgres.start(dir).stopOnExit());
        try {
            cluster.createDatabase(OURS);
            cluster.createDatabase(FROST);
            return cluster;
        } catch (SQLException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + pg.port() + "/" + database;
    }

    public String user() {
        return pg.user();
    }

    public String password() {
        return pg.password();
    }

    /** A new connection to {@code database}; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), pg.user(), pg.password());
    }

    /** The server's version string, e.g. "PostgreSQL 15.14 ... ". */
    public String version() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void createDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                s.execute("CREATE DATABASE " + name);
            }
        }
        try (Connection c = connect(name); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        }
    }

    @Override
    public void close() {
        pg.close();
    }
}
