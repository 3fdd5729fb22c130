package eu.emso.dmp.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.DmpServer;
import eu.emso.dmp.server.config.SettingsLoader;
import eu.emso.dmp.server.testing.TempDirs;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The HTTP push endpoint, the quarantine endpoints, the drop directory, the TCP listener and the CLI. */
class IngestDoorsTest {
    static final Path SAMPLES = Path.of("..", "egim-adapter", "src", "test", "resources", "samples");
    private static Path dir;
    private static DmpServer server;
    private static String url;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        dir = TempDirs.create("ingest-doors-");
        IngestSettings ingest = IngestSettings.from(SettingsLoader.properties(null, Map.of()))
                .withDoors(Optional.of(dir.resolve("drop")), OptionalInt.of(0));
        // a free WebSocket port too: the default one may be held by a server running on this machine
        server = DmpServer.start(SettingsLoader.load(null, Map.of("DMP_MQTT_WS_PORT", "0", "DMP_AUTH_WRITES", "open"))
                .with(0, 0, dir.resolve("data"), null), ingest);
        url = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        TempDirs.delete(dir);
    }

    @Test
    void pushAnswersTheCountsAndARepeatedPushStoresNothing() throws Exception {
        byte[] file = Files.readAllBytes(SAMPLES.resolve("MO_TS_MO_OBSEA_201402.csv"));

        JsonNode first = post("/ingest?source=obsea.csv", file, 200);
        JsonNode again = post("/ingest?source=obsea.csv", file, 200);

        assertThat(first.path("records").asLong()).isEqualTo(1256);
        assertThat(first.path("observations").asLong()).isPositive();
        assertThat(first.path("lines").asLong()).isEqualTo(1437);
        assertThat(again.path("observations").asLong()).isZero();
        assertThat(again.path("duplicates").asLong()).isEqualTo(first.path("observations").asLong());
    }

    @Test
    void anUnknownPlatformIsAClientErrorNamingIt() throws Exception {
        JsonNode error = post("/ingest?format=sbe37-ascii&platform=atlantis", "x\n".getBytes(StandardCharsets.US_ASCII), 400);

        assertThat(error.path("message").asText()).contains("atlantis");
    }

    @Test
    void quarantinedLinesAreListedAndReplayedOnceTheirPlatformIsNamed() throws Exception {
        String line = "# 12.5000,  4.10000,   20.000,   37.0000, 1500.000, 04 Mar 2017, 10:00:00\n";
        JsonNode c = post("/ingest?format=sbe37-ascii&source=orphan-line", line.getBytes(StandardCharsets.US_ASCII), 200);
        assertThat(c.path("quarantined").asLong()).isEqualTo(1);
        JsonNode entry = null;
        for (JsonNode e : get("/ingest/quarantine?limit=1000")) {
            entry = e.path("source").asText().equals("orphan-line") ? e : entry;
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("raw").asText()).isEqualTo(line.strip());

        JsonNode replay = post("/ingest/quarantine/replay?id=" + entry.path("id").asLong() + "&platform=obsea", new byte[0], 200);

        assertThat(replay.get(0).path("removed").asBoolean()).isTrue();
        assertThat(replay.get(0).path("counts").path("observations").asLong()).isEqualTo(5);
    }

    @Test
    void aDroppedFileIsIngestedForItsPlatformAndMovedToDone() throws Exception {
        Path platformDir = Files.createDirectories(dir.resolve("drop").resolve("obsea"));
        Files.copy(SAMPLES.resolve("sbe54-sample.xml"), platformDir.resolve("tsunami.xml"));
        Path counts = dir.resolve("drop").resolve("done").resolve("tsunami.xml.counts.json");

        for (int i = 0; i < 200 && !Files.exists(counts); i++) {
            Thread.sleep(100);
        }

        assertThat(counts).exists();
        assertThat(platformDir.resolve("tsunami.xml")).doesNotExist();
        JsonNode c = Json.mapper().readTree(counts.toFile());
        assertThat(c.path("records").asLong()).isEqualTo(1);
        assertThat(c.path("observations").asLong() + c.path("duplicates").asLong()).isEqualTo(2);
    }

    @Test
    void everyLiveLineIsAnsweredOnceDurable() throws Exception {
        try (Socket s = new Socket("localhost", server.ingestTcpPort().orElseThrow())) {
            OutputStream out = s.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));

            out.write("# 13.0000,  4.20000,   20.000,   37.9000, 1506.000, 05 Mar 2017, 11:00:00\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String first = in.readLine();
            out.write("# 13.0000,  4.2x000,   20.000,   37.9000, 1506.000, 05 Mar 2017, 11:00:10\nS>\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(first).isEqualTo("OK 1 stored=5 duplicates=0");
            assertThat(in.readLine()).isEqualTo("QUARANTINED 2 entries=1");
            assertThat(in.readLine()).isEqualTo("SKIP 3");
        }
    }

    @Test
    void theIngestCommandEndsWithOneLineOfJsonCounts() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int rc;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            rc = new CommandLine(new IngestCommand()).execute("--url", url, "--platform", "obsea", "--json",
                    SAMPLES.resolve("eco-ntu-synthetic.txt").toString(), SAMPLES.resolve("sbe37-synthetic.txt").toString());
        } finally {
            System.setOut(saved);
        }
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode counts = Json.mapper().readTree(lines.get(lines.size() - 1));

        assertThat(rc).isZero();
        assertThat(counts.path("files").asInt()).isEqualTo(2);
        assertThat(counts.path("lines").asLong()).isEqualTo(7 + 11);
        assertThat(counts.path("lines").asLong()).isEqualTo(counts.path("records").asLong()
                + counts.path("skipped").asLong() + counts.path("rejected").asLong());
    }

    private static JsonNode post(String path, byte[] body, int status) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return Json.mapper().readTree(r.body());
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }
}
