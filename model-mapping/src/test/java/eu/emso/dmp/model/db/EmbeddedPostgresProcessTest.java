package eu.emso.dmp.model.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cluster seen across processes: a server JVM that is terminated or killed, and the next start. */
class EmbeddedPostgresProcessTest {
    private Path dir;
    private Process child;

    @BeforeEach
    void createDir() throws IOException {
        dir = TestDirs.create("dmp-pg-proc");
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor();
        }
        new PgControl(PgInstallation.locate(), ServerAccount.forCurrentProcess(), new ClusterLayout(cluster()))
                .stop();
        TestDirs.delete(dir);
    }

    @Test
    void sigtermOfTheJvmStopsTheClusterWhenStopOnExitIsRegistered() throws Exception {
        int port = startChild("stop-on-exit");
        child.destroy();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertRefused(port);
        assertThat(cluster().resolve("data/postmaster.pid")).doesNotExist();
    }

    @Test
    void aClusterInUseByALiveProcessIsRefusedAndTakenOverAfterThatProcessIsKilled() throws Exception {
        int port = startChild("no-hook");
        String password = Files.readString(cluster().resolve("password")).strip();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/dmp", "dmp",
                password)) {
            EmbeddedPostgresTest.execute(c, "CREATE TABLE kept AS SELECT 'before kill -9' AS note");
        }
        assertThatThrownBy(() -> EmbeddedPostgres.start(cluster())).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("in use by another running process");

        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        new Socket("127.0.0.1", port).close(); // the orphaned postmaster still runs

        try (EmbeddedPostgres pg = EmbeddedPostgres.start(cluster());
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) {
            assertThat(EmbeddedPostgresTest.query(c, "SELECT note FROM kept")).isEqualTo("before kill -9");
            assertRefused(port == pg.port() ? -1 : port);
        }
    }

    private Path cluster() {
        return dir.resolve("cluster");
    }

    private int startChild(String mode) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(List.of(java, "-cp", classpath, ClusterProbe.class.getName(), cluster().toString(),
                mode)).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                return Integer.parseInt(line.substring(6).strip());
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The cluster process ended before it was ready:\n" + seen);
    }

    private static void assertRefused(int port) {
        if (port > 0) {
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        }
    }
}
