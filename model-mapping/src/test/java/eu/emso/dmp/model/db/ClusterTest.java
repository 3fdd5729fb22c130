package eu.emso.dmp.model.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the test classes that share one fresh embedded cluster per class, in a 0755 temp dir. */
abstract class ClusterTest {
    protected static Path dir;
    protected static EmbeddedPostgres pg;

    @BeforeAll
    static void startCluster() throws Exception {
        dir = TestDirs.create("dmp-cluster-test");
        pg = EmbeddedPostgres.start(dir.resolve("cluster"));
    }

    /**
     * A new database {@code name} of the cluster with the schema migrated up to version
     * {@code target} only: to write rows as an older server did, then migrate the rest.
     */
    static DbSettings databaseAtVersion(String name, String target) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) {
            c.createStatement().execute("CREATE DATABASE " + name + " OWNER " + pg.user());
        }
        DbSettings settings = new DbSettings(pg.jdbcUrl().replaceAll("/dmp$", "/" + name), pg.user(),
                pg.password(), 1);
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            c.createStatement().execute("CREATE EXTENSION IF NOT EXISTS postgis");
        }
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations(Database.MIGRATIONS).target(target).load().migrate();
        return settings;
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (pg != null) {
            pg.close();
            pg = null;
        }
        TestDirs.delete(dir);
    }
}
