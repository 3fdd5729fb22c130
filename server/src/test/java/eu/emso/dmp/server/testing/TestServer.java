package eu.emso.dmp.server.testing;

import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.server.DmpServer;
import eu.emso.dmp.server.config.ServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A server started in-process on a free port, with its own embedded database in a temporary
 * directory (mode 0755, so that the database's unprivileged user can reach it when tests run as
 * root). Close it to stop both.
 */
public final class TestServer implements AutoCloseable {
    private final DmpServer server;
    private final Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestServer(DmpServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    /** Starts a server; {@code baseUrl} may be null to take self links from requests. */
    public static TestServer start(String baseUrl) {
        return start(baseUrl, eu.emso.dmp.server.ogcapi.OgcApiSettings.defaults());
    }

    /** Starts a server with the OGC API limits {@code ogcapi}. */
    public static TestServer start(String baseUrl, eu.emso.dmp.server.ogcapi.OgcApiSettings ogcapi) {
        return start(baseUrl, ogcapi, eu.emso.dmp.server.config.FaultSettings.defaults());
    }

    /** Starts a server with the given fault handling (connection timeout, supervision, stop grace). */
    public static TestServer withFaults(eu.emso.dmp.server.config.FaultSettings faults) {
        return start(null, eu.emso.dmp.server.ogcapi.OgcApiSettings.defaults(), faults);
    }

    /** Starts a server on the data directory {@code dir} (created, and deleted on close). */
    public static TestServer withFaults(eu.emso.dmp.server.config.FaultSettings faults, Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(null, eu.emso.dmp.server.ogcapi.OgcApiSettings.defaults(), faults, dir);
    }

    private static TestServer start(String baseUrl, eu.emso.dmp.server.ogcapi.OgcApiSettings ogcapi,
                                    eu.emso.dmp.server.config.FaultSettings faults) {
        try {
            return start(baseUrl, ogcapi, faults, TempDirs.create("dmp-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server with the MQTT face {@code mqtt} (e.g. the embedded broker, WebSocket on a free port). */
    public static TestServer withMqtt(eu.emso.dmp.server.mqtt.MqttSettings mqtt) {
        try {
            return start(null, eu.emso.dmp.server.ogcapi.OgcApiSettings.defaults(),
                    eu.emso.dmp.server.config.FaultSettings.defaults(), TempDirs.create("dmp-test"), mqtt,
                    eu.emso.dmp.server.auth.AuthSettings.open());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a server whose writes follow {@code auth}; the other factories open writes to
     * anyone ({@code auth.writes=open}), as the tests of the faces write anonymously.
     */
    public static TestServer withAuth(eu.emso.dmp.server.auth.AuthSettings auth) {
        try {
            return start(null, eu.emso.dmp.server.ogcapi.OgcApiSettings.defaults(),
                    eu.emso.dmp.server.config.FaultSettings.defaults(), TempDirs.create("dmp-test"),
                    eu.emso.dmp.server.mqtt.MqttSettings.disabled(), auth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestServer start(String baseUrl, eu.emso.dmp.server.ogcapi.OgcApiSettings ogcapi,
                                    eu.emso.dmp.server.config.FaultSettings faults, Path dir) {
        return start(baseUrl, ogcapi, faults, dir, eu.emso.dmp.server.mqtt.MqttSettings.disabled(),
                eu.emso.dmp.server.auth.AuthSettings.open());
    }

    private static TestServer start(String baseUrl, eu.emso.dmp.server.ogcapi.OgcApiSettings ogcapi,
                                    eu.emso.dmp.server.config.FaultSettings faults, Path dir,
                                    eu.emso.dmp.server.mqtt.MqttSettings mqtt,
                                    eu.emso.dmp.server.auth.AuthSettings auth) {
        try {
            ServerSettings s = new ServerSettings(0, 0, dir, Optional.ofNullable(baseUrl), Optional.empty(),
                    "dmp", "", 8, StoreSettings.defaults(), mqtt,
                    ServerSettings.DEFAULT_QC_CONFIG_DIR, ogcapi, faults, auth);
            return new TestServer(DmpServer.start(s), dir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a test server", e);
        }
    }

    /** Starts a server, writes open, whose harvester has the settings {@code federation}. */
    public static TestServer withFederation(eu.emso.dmp.server.federation.FederationSettings federation) {
        try {
            Path dir = TempDirs.create("dmp-test");
            ServerSettings s = new ServerSettings(0, 0, dir, Optional.empty(), Optional.empty(), "dmp", "", 8,
                    StoreSettings.defaults(), eu.emso.dmp.server.mqtt.MqttSettings.disabled(),
                    ServerSettings.DEFAULT_QC_CONFIG_DIR, eu.emso.dmp.server.ogcapi.OgcApiSettings.defaults(),
                    eu.emso.dmp.server.config.FaultSettings.defaults(), eu.emso.dmp.server.auth.AuthSettings.open());
            return new TestServer(DmpServer.start(s, eu.emso.dmp.server.ingest.IngestSettings.defaults(),
                    eu.emso.dmp.server.config.HttpSettings.defaults(), federation), dir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a test server", e);
        }
    }

    /** Starts a server with the settings {@code settings} makes for a fresh data directory. */
    public static TestServer withSettings(java.util.function.Function<Path, ServerSettings> settings) {
        try {
            Path dir = TempDirs.create("dmp-test");
            return new TestServer(DmpServer.start(settings.apply(dir)), dir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a test server", e);
        }
    }

    /** The server itself (accounts, ports). */
    public DmpServer server() {
        return server;
    }

    /** The data directory (the embedded cluster is under {@code postgres/}). */
    public Path dataDir() {
        return dir;
    }

    /** The root URL, e.g. {@code http://localhost:PORT}. */
    public String url() {
        return "http://localhost:" + server.port();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).GET());
    }

    public HttpResponse<String> send(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        TempDirs.delete(dir);
    }
}
