package eu.emso.dmp.server.sta.batch;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.server.DmpServer;
import eu.emso.dmp.server.config.ServerSettings;
import eu.emso.dmp.server.testing.TempDirs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One whole server started in-process on a free port with a temporary data directory (mode 0755,
 * so the unprivileged database user can traverse it when tests run as root), shared by all
 * SensorThings extension tests of a run and stopped at its end; plus an HTTP client for it.
 * Test classes get it as a parameter through {@code @ExtendWith(SharedTestServer.Extension.class)}.
 */
public final class SharedTestServer implements ExtensionContext.Store.CloseableResource {
    private final Path dir;
    private final DmpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private SharedTestServer() throws Exception {
        dir = TempDirs.create("dmp-sta-ext");
        server = DmpServer.start(new ServerSettings(0, 0, dir.resolve("data"), Optional.empty(), Optional.empty(),
                "dmp", "", 4, new StoreSettings(100, 10000))
                .withAuth(eu.emso.dmp.server.auth.AuthSettings.open()));
    }

    /** Resolves {@link SharedTestServer} parameters with the one server of the test run. */
    public static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
            return p.getParameter().getType() == SharedTestServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext c) {
            return c.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(SharedTestServer.class, k -> {
                        try {
                            return new SharedTestServer();
                        } catch (Exception e) {
                            throw new IllegalStateException("cannot start the server", e);
                        }
                    }, SharedTestServer.class);
        }
    }

    /** The server itself. */
    public DmpServer server() {
        return server;
    }

    /** The service root of {@code version} ({@code v1.0} or {@code v1.1}), without trailing slash. */
    public String root(String version) {
        return "http://localhost:" + server.port() + "/" + version;
    }

    /** GET of a URL below the 1.1 service root, such as {@code Things?$top=1}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(root("v1.1") + "/" + path)).GET().build());
    }

    /** POST of {@code body} with {@code contentType} to a URL below the service root of {@code version}. */
    public HttpResponse<String> post(String version, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(root(version) + "/" + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POST of a JSON body below the 1.1 service root. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post("v1.1", path, "application/json", json);
    }

    private HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a response as JSON. */
    public static JsonNode json(HttpResponse<String> r) throws IOException {
        return Json.mapper().readTree(r.body());
    }

    /** A name no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /**
     * Creates a Thing at a Location (longitude, latitude), with a Sensor, an ObservedProperty
     * and a Datastream; returns the Datastream's id.
     */
    public long datastream(String name, double lon, double lat) throws IOException, InterruptedException {
        String body = """
                {"name": "%s", "description": "station",
                 "Locations": [{"name": "site", "description": "site", "encodingType": "application/geo+json",
                                "location": {"type": "Point", "coordinates": [%s, %s]}}],
                 "Datastreams": [{"name": "%s", "description": "temperature",
                   "unitOfMeasurement": {"name": "degree Celsius", "symbol": "degC", "definition": "ucum:Cel"},
                   "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                   "Sensor": {"name": "SBE37", "description": "CTD", "encodingType": "text/html", "metadata": "x"},
                   "ObservedProperty": {"name": "TEMP", "definition": "http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/",
                                        "description": "sea water temperature"}}]}
                """.formatted(name, lon, lat, name);
        HttpResponse<String> thing = post("Things", body);
        if (thing.statusCode() != 201) {
            throw new IllegalStateException("fixture not created: " + thing.body());
        }
        long thingId = json(thing).get("@iot.id").asLong();
        return json(get("Things(" + thingId + ")/Datastreams")).get("value").get(0).get("@iot.id").asLong();
    }

    @Override
    public void close() throws IOException {
        server.close();
        TempDirs.delete(dir);
    }
}
