package eu.emso.dmp.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.testing.ChildServer;
import eu.emso.dmp.server.testing.TempDirs;
import eu.emso.dmp.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A harvesting server killed with {@code kill -9} in the middle of a run, restarted and run again,
 * ends with every remote observation stored exactly once, with its value.
 */
class HarvestCrashTest {
    private static final int N = 3000;
    private final HttpClient http = HttpClient.newHttpClient();
    private Path dir;

    @AfterEach
    void delete() {
        TempDirs.delete(dir);
    }

    @Test
    void killedMidRunThenRunAgainStoresEveryRemoteObservationExactlyOnce() throws Exception {
        TestServer remote = Peers.remote();
        long stream = RemoteData.thing(remote, "buoy-k", "TEMP").get(0);
        RemoteData.observations(remote, stream, 0, N);
        dir = TempDirs.create("federation-crash-");
        Map<String, String> env = Map.of("DMP_FEDERATION_PAGE", "100", "DMP_FEDERATION_BACKOFF", "PT0.1S");
        try (FaultyProxy proxy = new FaultyProxy(remote.url())) {
            proxy.delay = 100;
            ChildServer victim = ChildServer.start(dir.resolve("data"), dir.resolve("server.log"), env);
            post(victim.url + "/admin/federation", "{\"name\":\"k\",\"kind\":\"sta\",\"source\":\"" + proxy.url()
                    + "/v1.1\",\"filter\":\"Thing/name eq 'buoy-k'\"}", 201);
            http.sendAsync(HttpRequest.newBuilder(URI.create(victim.url + "/admin/federation/k/run"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            long seen = 0;
            for (int i = 0; i < 600 && seen < 500; i++) {
                Thread.sleep(20);
                seen = Json.mapper().readTree(get(victim.url + "/admin/federation/k")).path("lastRun")
                        .path("observations").asLong();
            }
            victim.kill();
            assertThat(seen).as("the run was under way").isBetween(500L, N - 1L);
            proxy.delay = 0;

            try (ChildServer s = ChildServer.start(dir.resolve("data"), dir.resolve("server.log"), env)) {
                long local = RemoteData.localOf(s.url, "k", stream);
                int before = RemoteData.series(s.url, remote, local).size();
                assertThat(before).as("part was stored before the kill").isBetween(500, N - 1);
                JsonNode c = Json.mapper().readTree(post(s.url + "/admin/federation/k/run", "", 200));
                assertThat(c.path("outcome").asText()).as(c.toString()).isEqualTo("ok");
                assertThat(c.path("entities").asLong()).as("the entities made before the kill are kept").isZero();
                assertThat(before + c.path("observations").asLong()).isEqualTo(N);
                List<String> expected = RemoteData.series(remote, stream);
                assertThat(RemoteData.series(s.url, remote, local)).hasSize(N).isEqualTo(expected);
                JsonNode runs = Json.mapper().readTree(get(s.url + "/admin/federation/k"));
                assertThat(runs.path("lastRun").path("outcome").asText()).isEqualTo("ok");
            }
        }
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private String post(String url, String body, int status) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return r.body();
    }
}
