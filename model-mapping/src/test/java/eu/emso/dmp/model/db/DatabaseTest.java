package eu.emso.dmp.model.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pool and migrations against a real embedded PostGIS, and the errors an operator sees. */
class DatabaseTest extends ClusterTest {
    private static final List<String> TEST_MIGRATIONS = List.of("classpath:db/testmigration");
    @Test
    void migratesTheSchemaWithPostgisAndServesQueries() throws SQLException {
        try (Database db = Database.open(pg.settings(2), TEST_MIGRATIONS);
                Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO test_station (name, location) VALUES (?, ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
                insert.setString(1, "OBSEA");
                insert.setDouble(2, 1.75257);
                insert.setDouble(3, 41.18212);
                insert.executeUpdate();
            }
            try (PreparedStatement near = c.prepareStatement("SELECT name FROM test_station WHERE ST_DWithin("
                    + "location::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, 5000)")) {
                near.setDouble(1, 1.75);
                near.setDouble(2, 41.18);
                try (ResultSet rs = near.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("OBSEA");
                }
            }
        }
    }

    @Test
    void reopeningAppliesEachMigrationOnlyOnce() throws SQLException {
        Database.open(pg.settings(1), TEST_MIGRATIONS).close();
        try (Database db = Database.open(pg.settings(1), TEST_MIGRATIONS);
                Connection c = db.dataSource().getConnection()) {
            assertThat(EmbeddedPostgresTest.query(c,
                    "SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success")).isEqualTo("1");
        }
    }

    @Test
    void aFailingMigrationIsReportedWithTheUrl() throws SQLException {
        DbSettings settings = freshDatabase("broken_schema", pg.user(), pg.password());
        assertThatThrownBy(() -> Database.open(settings, List.of("classpath:db/testmigration-broken")))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("Schema migration failed in " + settings.jdbcUrl());
    }

    @Test
    void anUnreachableDatabaseIsReportedWithTheUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DbSettings settings = new DbSettings("jdbc:postgresql://127.0.0.1:" + closedPort + "/dmp", "dmp", "x", 1);
        assertThatThrownBy(() -> Database.open(settings, TEST_MIGRATIONS)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("Cannot connect to PostgreSQL at " + settings.jdbcUrl())
                .hasMessageContaining("Connection refused");
    }

    @Test
    void aRoleThatMayNotCreatePostgisGetsAnExplanation() throws SQLException {
        try (Connection c = superuser()) {
            EmbeddedPostgresTest.execute(c, "CREATE ROLE plain LOGIN PASSWORD 'plain-secret'");
        }
        DbSettings settings = freshDatabase("no_postgis", "plain", "plain-secret");
        assertThatThrownBy(() -> Database.open(settings, TEST_MIGRATIONS)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("Cannot create the PostGIS extension in " + settings.jdbcUrl())
                .hasMessageContaining("CREATE EXTENSION postgis");
    }

    @Test
    void settingsNeverShowThePassword() {
        assertThat(new DbSettings(pg.jdbcUrl(), "dmp", "s3cret", 4).toString()).doesNotContain("s3cret")
                .contains(pg.jdbcUrl());
        assertThatThrownBy(() -> new DbSettings(pg.jdbcUrl(), "dmp", "s3cret", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static DbSettings freshDatabase(String name, String owner, String password) throws SQLException {
        try (Connection c = superuser()) {
            EmbeddedPostgresTest.execute(c, "CREATE DATABASE " + name + " OWNER " + owner);
        }
        return new DbSettings(pg.jdbcUrl().replaceAll("/dmp$", "/" + name), owner, password, 1);
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
    }
}
