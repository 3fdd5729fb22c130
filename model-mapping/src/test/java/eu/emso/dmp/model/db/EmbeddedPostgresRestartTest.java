package eu.emso.dmp.model.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stopping and starting the cluster again on the same directory within one JVM. */
class EmbeddedPostgresRestartTest {
    private Path dir;

    @BeforeEach
    void createDir() throws Exception {
        dir = TestDirs.create("dmp-pg-restart");
    }

    @AfterEach
    void deleteDir() throws Exception {
        TestDirs.delete(dir);
    }

    @Test
    void closeStopsTheServerAndTheNextStartKeepsAllData() throws Exception {
        Path cluster = dir.resolve("cluster");
        int firstPort;
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(cluster); Connection c = connect(pg)) {
            firstPort = pg.port();
            EmbeddedPostgresTest.execute(c, "CREATE TABLE station (name text)");
            EmbeddedPostgresTest.execute(c, "INSERT INTO station VALUES ('OBSEA')");
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", firstPort).close()).isInstanceOf(ConnectException.class);
        assertThat(cluster.resolve("data/postmaster.pid")).doesNotExist();

        try (EmbeddedPostgres pg = EmbeddedPostgres.start(cluster); Connection c = connect(pg)) {
            assertThat(EmbeddedPostgresTest.query(c, "SELECT name FROM station")).isEqualTo("OBSEA");
        }
    }

    @Test
    void startsOverAnInstanceThatWasNeverClosed() throws Exception {
        Path cluster = dir.resolve("cluster");
        EmbeddedPostgres abandoned = EmbeddedPostgres.start(cluster);
        try (Connection c = connect(abandoned)) {
            EmbeddedPostgresTest.execute(c, "CREATE TABLE note AS SELECT 'kept' AS text");
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(cluster)) {
            abandoned.close(); // must not stop the server that replaced it
            try (Connection c = connect(pg)) {
                assertThat(EmbeddedPostgresTest.query(c, "SELECT text FROM note")).isEqualTo("kept");
            }
        }
    }

    @Test
    void placesANewClusterWhereThePostgresUserCanReachItWhenRunAsRoot() throws Exception {
        assumeThat(TestDirs.runningAsRoot()).as("only root switches to an unprivileged user").isTrue();
        Path closed = Files.createDirectory(dir.resolve("private"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path asked = closed.resolve("cluster");
        Path placed = null;
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(asked); Connection c = connect(pg)) {
            assertThat(c.isValid(5)).isTrue();
            assertThat(Files.isSymbolicLink(asked)).as("the directory asked for links to the cluster").isTrue();
            placed = asked.toRealPath();
            assertThat(placed.toString()).startsWith(ClusterPlacement.HOME + "/");
        } finally {
            if (placed != null) {
                TestDirs.delete(placed);
            }
        }
    }

    private static Connection connect(EmbeddedPostgres pg) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
    }
}
