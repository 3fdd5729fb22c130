package eu.emso.dmp.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.server.testing.ChildServer;
import eu.emso.dmp.server.testing.TempDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A backup taken while the server runs, restored into a fresh data directory, holds every row of
 * every table of the original: Things, Datastreams, Observations with their QC flags, quarantine
 * entries, the migration history. A restore onto a data directory a server runs on is refused.
 */
class BackupRoundTripTest {
    private static final Path OBSEA = Path.of("..", "egim-adapter", "src", "test", "resources", "samples",
            "MO_TS_MO_OBSEA_201402.csv");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aBackupOfARunningServerRestoresEveryRowIntoAFreshDataDirectory() throws Exception {
        Path dir = TempDirs.create("backup-");
        Path original = dir.resolve("original");
        Path fresh = dir.resolve("fresh");
        Path file = dir.resolve("dmp.backup");
        try {
            try (ChildServer server = ChildServer.start(original, dir.resolve("server.log"))) {
                post(server.url + "/ingest?source=obsea.csv", Files.readAllBytes(OBSEA));
                post(server.url + "/ingest?format=sbe37-ascii&source=orphan",
                        "# 12.5, 4.1, 20.0, 37.0, 1500.0, 04 Mar 2017, 10:00:00\n".getBytes(StandardCharsets.US_ASCII));

                Run backup = cli("backup", file.toString(), "--data", original.toString());
                assertThat(backup.exit()).as(backup.output()).isZero();
                assertThat(backup.output()).contains("while the server ran");

                Run refused = cli("restore", file.toString(), "--data", original.toString());
                assertThat(refused.exit()).isNotZero();
                assertThat(refused.output()).contains("a server is running on");

                Run restore = cli("restore", file.toString(), "--data", fresh.toString());
                assertThat(restore.exit()).as(restore.output()).isZero();
            }
            try (EmbeddedPostgres a = EmbeddedPostgres.start(original.resolve("postgres"));
                    EmbeddedPostgres b = EmbeddedPostgres.start(fresh.resolve("postgres"))) {
                Map<String, List<String>> before = rows(a);
                Map<String, List<String>> after = rows(b);
                assertThat(before.get("public.observations")).hasSizeGreaterThan(5000);
                assertThat(before.get("public.ingest_quarantine")).hasSize(1);
                assertThat(before.get("public.things")).isNotEmpty();
                assertThat(after.keySet()).isEqualTo(before.keySet());
                for (String table : before.keySet()) {
                    assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
                }
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    /** Every row of every table of the database, as text, sorted, by schema-qualified table name. */
    private static Map<String, List<String>> rows(EmbeddedPostgres pg) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename)"
                    + " FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT x::text FROM " + t + " AS x ORDER BY 1")) {
                    while (r.next()) {
                        rows.add(r.getString(1));
                    }
                }
                out.put(t, rows);
            }
        }
        return out;
    }

    private static void post(String url, byte[] body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private record Run(int exit, String output) {
    }

    /** Runs the dmp command line in a JVM of its own, as {@code ./dmp} does. */
    private static Run cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "eu.emso.dmp.server.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), output);
    }
}
