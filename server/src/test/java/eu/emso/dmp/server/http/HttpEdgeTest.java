package eu.emso.dmp.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.DmpServer;
import eu.emso.dmp.server.config.HttpSettings;
import eu.emso.dmp.server.config.SettingsLoader;
import eu.emso.dmp.server.ingest.IngestSettings;
import eu.emso.dmp.server.testing.TempDirs;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * HTTPS from a configured PKCS12 keystore (generated here with keytool), CORS for reads from any
 * origin, {@code /} answering the portal and {@code /landing} listing the faces, and one log line per request without a
 * stack trace for a client error.
 */
class HttpEdgeTest {
    private static final String PASSWORD = "changeit-test";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static Path dir;
    private static Path keystore;
    private static DmpServer server;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        dir = TempDirs.create("http-edge-");
        keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "dmp", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(out).isZero();
        server = DmpServer.start(SettingsLoader.load(null, Map.of("DMP_MQTT_ENABLED", "false", "DMP_AUTH_WRITES", "open"))
                        .with(0, 0, dir.resolve("data"), null), IngestSettings.from(SettingsLoader.properties(null, Map.of())),
                HttpSettings.defaults().withTls(keystore, PASSWORD, 0));
        url = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        TempDirs.delete(dir);
    }

    @Test
    void httpsServesWithTheConfiguredKeystoreToAClientTrustingIt() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        HttpClient https = HttpClient.newBuilder().sslContext(tls).build();

        HttpResponse<String> r = https.send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + server.tlsPort() + "/v1.1")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.sslSession()).isPresent();
        assertThat(Json.mapper().readTree(r.body()).path("value").isArray()).isTrue();
    }

    @Test
    void readsAreOpenToBrowsersFromAnyOrigin() throws Exception {
        HttpResponse<String> simple = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1.1/Things"))
                .header("Origin", "https://viewer.example.org").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1.1/Things"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://viewer.example.org")
                .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(simple.statusCode()).isEqualTo(200);
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        assertThat(preflight.statusCode()).isBetween(200, 204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m ->
                assertThat(m).contains("GET"));
    }

    @Test
    void theRootIsThePortalAndTheLandingDocumentListsTheFaces() throws Exception {
        HttpResponse<String> root = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));

        HttpResponse<String> landing = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/landing")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(landing.statusCode()).isEqualTo(200);
        JsonNode links = Json.mapper().readTree(landing.body()).path("links");
        assertThat(links).extracting(l -> l.path("href").asText())
                .contains(url + "/v1.1", url + "/ogcapi", url + "/health", url + "/metrics");
    }

    @Test
    void aClientErrorIsOneLogLineWithoutAStackTrace() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                    URI.create(url + "/v1.1/Things?$filter=name%20eq")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(400);
        } finally {
            root.detachAppender(events);
        }
        List<ILoggingEvent> logged = events.list;
        assertThat(logged).filteredOn(e -> e.getLoggerName().equals("request")).hasSize(1)
                .allSatisfy(e -> assertThat(e.getFormattedMessage()).contains("GET /v1.1/Things", " 400 "));
        assertThat(logged).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    }
}
