package eu.emso.dmp.model.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A freshly created embedded cluster: connectivity, security, durability settings and PostGIS. */
class EmbeddedPostgresTest extends ClusterTest {
    @Test
    void connectsToDatabaseDmpAsRoleDmpOnLoopback() throws SQLException {
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + pg.port() + "/dmp");
        try (Connection c = connect()) {
            assertThat(query(c, "SELECT current_database()")).isEqualTo("dmp");
            assertThat(query(c, "SELECT current_user")).isEqualTo("dmp");
            assertThat(query(c, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'dmp'"))
                    .isEqualTo("dmp");
        }
    }

    @Test
    void rejectsAWrongPassword() {
        assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password() + "x"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    @Test
    void keepsDurabilityAndListensOnlyOnLoopbackWithoutUnixSockets() throws SQLException {
        try (Connection c = connect()) {
            assertThat(query(c, "SHOW fsync")).isEqualTo("on");
            assertThat(query(c, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(query(c, "SHOW full_page_writes")).isEqualTo("on");
            assertThat(query(c, "SHOW data_checksums")).isEqualTo("on");
            assertThat(query(c, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(query(c, "SHOW unix_socket_directories")).isEmpty();
            assertThat(query(c, "SHOW shared_buffers")).isEqualTo("256MB");
            assertThat(query(c, "SHOW password_encryption")).isEqualTo("scram-sha-256");
        }
    }

    @Test
    void usesUtf8AndLocaleC() throws SQLException {
        try (Connection c = connect()) {
            assertThat(query(c, "SHOW server_encoding")).isEqualTo("UTF8");
            assertThat(query(c, "SELECT datcollate FROM pg_database WHERE datname = 'dmp'")).isEqualTo("C");
        }
    }

    @Test
    void runsPostgis() throws SQLException {
        try (Connection c = connect()) {
            execute(c, "CREATE EXTENSION IF NOT EXISTS postgis");
            assertThat(query(c, "SELECT postgis_version()")).startsWith("3.");
            assertThat(query(c, "SELECT ST_Contains(ST_MakeEnvelope(0, 0, 2, 3, 4326),"
                    + " ST_SetSRID(ST_MakePoint(1, 1), 4326))")).isEqualTo("t");
            assertThat(query(c, "SELECT ST_Area(ST_MakeEnvelope(0, 0, 2, 3, 4326))")).isEqualTo("6");
            double metres = Double.parseDouble(query(c, "SELECT ST_Distance("
                    + "'SRID=4326;POINT(2.0 41.0)'::geography, 'SRID=4326;POINT(2.0 42.0)'::geography)"));
            assertThat(metres).isBetween(110_000.0, 112_000.0);
        }
    }

    @Test
    void keepsThePasswordInAnOwnerOnlyFile() throws Exception {
        Path file = dir.resolve("cluster").resolve("password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).isEqualTo(pg.password()).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void runsThePostmasterAsAnUnprivilegedUserWhenStartedByRoot() throws Exception {
        Path data = dir.resolve("cluster").resolve("data");
        String owner = Files.getOwner(data).getName();
        assertThat(owner).isNotEqualTo("root");
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        Object uid = Files.getAttribute(Path.of("/proc/" + pid), "unix:uid");
        assertThat(uid).isNotEqualTo(0);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
    }

    static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
