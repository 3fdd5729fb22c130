package eu.emso.dmp.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.egim.ingest.IngestCounts;
import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.testing.ChildServer;
import eu.emso.dmp.server.testing.TempDirs;
import java.io.BufferedWriter;
import java.io.IOException;
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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No loss, no duplicates: a server killed with {@code kill -9} in the middle of an ingest,
 * restarted, and sent the same file again ends with exactly the observations an uninterrupted
 * run stores (same count, same checksum over key, value and source flags).
 */
class CrashRecoveryTest {
    private static final int LINES = 80_000;
    private static final Map<String, String> QUERY = Map.of("format", "sbe37-ascii", "platform", "obsea");

    private Path dir;

    @AfterEach
    void deleteDirectory() {
        TempDirs.delete(dir); // two database clusters and the input: about 900 MB
    }

    @Test
    void killedMidIngestThenIngestedAgainStoresExactlyWhatAnUninterruptedRunStores() throws Exception {
        dir = TempDirs.create("ingest-crash-");
        Path file = generate(dir.resolve("sbe37-big.txt"));

        Path reference = dir.resolve("reference");
        try (ChildServer s = ChildServer.start(reference, dir.resolve("reference.log"))) {
            IngestCounts c = new IngestClient(s.url).push(file, QUERY, n -> { });
            assertThat(c.observations()).isEqualTo(LINES * 5L);
        }

        Path crashed = dir.resolve("crashed");
        ChildServer victim = ChildServer.start(crashed, dir.resolve("crashed.log"));
        IngestClient client = new IngestClient(victim.url);
        CompletableFuture<IngestCounts> push = CompletableFuture.supplyAsync(() -> {
            try {
                return client.push(file, QUERY, n -> { });
            } catch (IOException | InterruptedException e) {
                throw new CompletionException(e);
            }
        });
        awaitFirstObservation(victim.url);
        victim.kill();
        assertThatThrownBy(push::join).hasCauseInstanceOf(IOException.class);

        IngestCounts after;
        try (ChildServer s = ChildServer.start(crashed, dir.resolve("crashed.log"))) {
            after = new IngestClient(s.url).push(file, QUERY, n -> { });
        }

        assertThat(after.duplicates()).as("part was stored before the kill").isPositive();
        assertThat(after.observations()).as("part was not").isPositive();
        assertThat(after.observations() + after.duplicates()).isEqualTo(LINES * 5L);
        assertThat(after.quarantined()).isZero();
        assertThat(digest(crashed)).isEqualTo(digest(reference));
    }

    private static void awaitFirstObservation(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest first = HttpRequest.newBuilder(URI.create(url + "/v1.1/Observations?$top=1&$select=id")).GET().build();
        for (int i = 0; i < 6000; i++) {
            HttpResponse<String> r = http.send(first, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && !Json.mapper().readTree(r.body()).path("value").isEmpty()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no observation was stored");
    }

    private static Path generate(Path file) throws IOException {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm:ss", Locale.ENGLISH);
        LocalDateTime t = LocalDateTime.of(2017, 1, 1, 0, 0);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            for (int i = 0; i < LINES; i++) {
                w.write(String.format(Locale.ROOT, "# %.4f, %.5f, %.3f, %.4f, %.3f, %s%n", 13 + (i % 997) / 1000.0,
                        4.2 + (i % 89) / 100000.0, 20 + (i % 13) / 1000.0, 37.9 + (i % 7) / 10000.0,
                        1506 + (i % 11) / 1000.0, t.plusSeconds(10L * i).format(date)));
            }
        }
        return file;
    }

    /** Count and MD5 over (Datastream key, phenomenon time, result, parameters) of every stored observation. */
    private static String digest(Path data) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(data.resolve("postgres"));
             Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) || ':' || md5(string_agg(d.properties->>'emso_key' || '|' "
                     + "|| o.phenomenon_time_start::text || '|' || o.result_string || '|' || coalesce(o.parameters::text, ''), "
                     + "',' ORDER BY d.properties->>'emso_key', o.phenomenon_time_start)) "
                     + "FROM observations o JOIN datastreams d ON d.id = o.datastream_id")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
