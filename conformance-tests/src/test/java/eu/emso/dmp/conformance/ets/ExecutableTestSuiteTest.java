package eu.emso.dmp.conformance.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import eu.emso.dmp.conformance.ConformanceSettings;
import eu.emso.dmp.conformance.ets.TestOutcome.Status;
import eu.emso.dmp.conformance.process.FreePort;

/**
 * Running the real ets-sta10 jar in a child JVM. These runs use services that are not
 * SensorThings servers, to show that the harness reports what the suite found rather than a
 * pass: nothing listening at all, and a service that has a service root and nothing else.
 */
class ExecutableTestSuiteTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String[] ENTITY_SETS = {"Things", "Locations", "HistoricalLocations", "Datastreams",
        "Sensors", "Observations", "ObservedProperties", "FeaturesOfInterest"};

    private final ExecutableTestSuite suite =
            new ExecutableTestSuite(ConformanceSettings.fromSystemProperties().etsSta10Jar(), TIMEOUT);

    @TempDir
    Path runDirectory;

    @Test
    void aServiceThatIsNotThereGivesAnErrorWithTheSuiteOutputNotAReport() {
        String iut = "http://localhost:" + FreePort.find() + "/v1.0";

        assertThatThrownBy(() -> suite.run(Map.of("iut", iut, "ics", "1"), runDirectory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrote no testng-results.xml")
                .hasMessageContaining("Cannot connect to " + iut);
        assertThat(runDirectory.resolve("ets-console.log")).content().contains("Cannot connect to " + iut);
    }

    @Test
    void reportsEveryLevel3TestOfAServiceThatHasOnlyAServiceRoot() throws Exception {
        HttpServer service = rootOnlyService();
        try {
            String iut = "http://localhost:" + service.getAddress().getPort() + "/v1.0";

            EtsReport report = suite.run(Map.of("iut", iut, "ics", "3"), runDirectory);

            assertThat(report.tests()).hasSize(22);
            assertThat(report.test("checkServiceRootUri")).get().extracting(TestOutcome::status)
                    .isEqualTo(Status.PASS);
            assertThat(report.test("readEntitiesAndCheckResponse")).get().satisfies(o -> {
                assertThat(o.status()).isEqualTo(Status.FAIL);
                assertThat(o.message()).contains("404");
            });
            assertThat(report.resultsFile()).startsWith(runDirectory).exists();
            assertThat(report.consoleLog()).startsWith(runDirectory).exists();
        } finally {
            service.stop(0);
        }
    }

    @Test
    void aMissingJarIsNamedWithWhereTheBuildPutsIt() {
        ExecutableTestSuite missing = new ExecutableTestSuite(runDirectory.resolve("none.jar"), TIMEOUT);

        assertThatThrownBy(() -> missing.run(Map.of("iut", "http://localhost:1/v1.0"), runDirectory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("none.jar").hasMessageContaining("generate-test-resources");
    }

    /** Answers the service root document at /v1.0 and 404 to everything else. */
    private static HttpServer rootOnlyService() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String root = "http://localhost:" + server.getAddress().getPort() + "/v1.0";
        String body = Stream.of(ENTITY_SETS)
                .map(name -> "{\"name\":\"" + name + "\",\"url\":\"" + root + "/" + name + "\"}")
                .collect(Collectors.joining(",", "{\"value\":[", "]}"));
        server.createContext("/", exchange -> respond(exchange,
                exchange.getRequestURI().getPath().equals("/v1.0") ? 200 : 404, body));
        server.start();
        return server;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = status == 200 ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
