package eu.emso.dmp.conformance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.emso.dmp.conformance.ConformanceSettings;

/**
 * The server fixture against the real server: it is healthy when {@code start} returns, serves
 * SensorThings under its base URL, and leaves no process behind when closed; a server that cannot
 * start is reported with its own log.
 */
class ServerProcessTest {
    private final ConformanceSettings settings = ConformanceSettings.fromSystemProperties();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void startReturnsAHealthyServerThatServesSensorThingsUnderItsBaseUrl() throws Exception {
        try (ScratchDirectory data = ScratchDirectory.create("dmp-fixture-");
                ServerProcess server = ServerProcess.start(data.path())) {
            assertThat(server.baseUrl()).hasToString("http://localhost:" + server.port());
            assertThat(get(server.baseUrl().resolve("/health")).statusCode()).isEqualTo(200);
            assertThat(server.isHealthy()).isTrue();
            HttpResponse<String> root = get(server.baseUrl().resolve("/v1.0"));
            assertThat(root.statusCode()).isEqualTo(200);
            assertThat(root.body()).contains("\"" + server.baseUrl() + "/v1.0/Things\"");
            assertThat(server.logFile()).startsWith(settings.workDirectory()).isNotEmptyFile();
        }
    }

    @Test
    void closeStopsTheServerAndItsEmbeddedDatabase() throws Exception {
        try (ScratchDirectory data = ScratchDirectory.create("dmp-fixture-")) {
            ServerProcess server = ServerProcess.start(data.path());
            List<ProcessHandle> database = DirectoryProcesses.using(data.path());
            assertThat(database).as("embedded PostgreSQL processes in %s", data.path()).isNotEmpty();

            server.close();

            assertThat(server.isAlive()).isFalse();
            assertThat(server.exitCode()).as("exit code after SIGTERM").isPresent();
            assertThat(DirectoryProcesses.using(data.path())).isEmpty();
            assertThat(server.isHealthy()).isFalse();
            assertThatThrownBy(() -> get(server.baseUrl().resolve("/health"))).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aServerThatCannotStartIsReportedWithItsLog() throws IOException {
        try (ScratchDirectory scratch = ScratchDirectory.create("dmp-fixture-")) {
            Path notADirectory = Files.writeString(scratch.path().resolve("data"), "a file, not a directory");

            assertThatThrownBy(() -> ServerProcess.start(notADirectory, settings.workDirectory(),
                    Duration.ofSeconds(60)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("exited with code")
                    .hasMessageContaining("--- ").hasMessageContaining(".log");
        }
    }

    private HttpResponse<String> get(URI url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
