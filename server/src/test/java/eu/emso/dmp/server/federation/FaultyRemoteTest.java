package eu.emso.dmp.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.federation.FaultyProxy.Fault;
import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A remote that fails (500, truncated JSON, an HTML page, a body stopped mid-way, repeated rows)
 * behind a real proxy: retried, reported, nothing stored from a broken page, nothing stored twice,
 * other sources not held up; after it heals, the next run completes the series exactly.
 */
class FaultyRemoteTest {
    private static final int N = 1000; // five pages of 200
    private static TestServer remote;
    private static TestServer local;
    private static long stream;
    private static FaultyProxy proxy;

    @BeforeAll
    static void start() throws Exception {
        remote = Peers.remote();
        local = Peers.local();
        stream = RemoteData.thing(remote, "buoy-f", "TEMP").get(0);
        RemoteData.observations(remote, stream, 0, N);
        proxy = new FaultyProxy(remote.url());
    }

    @AfterAll
    static void stop() {
        proxy.close();
    }

    private static JsonNode add(String name) throws Exception {
        return RemoteData.addSource(local, name, proxy.url() + "/v1.1", "Thing/name eq 'buoy-f'");
    }

    private static void assertComplete(String source) throws Exception {
        long mine = RemoteData.localOf(local.url(), source, stream);
        List<String> expected = RemoteData.series(remote, stream);
        assertThat(RemoteData.series(local, mine)).as("every remote observation, once").hasSize(N)
                .isEqualTo(expected);
    }

    private static int stored(String source) throws Exception {
        return RemoteData.series(local, RemoteData.localOf(local.url(), source, stream)).size();
    }

    @Test
    void aFewServerErrorsAreRetriedAndTheRunCompletes() throws Exception {
        add("retried");
        proxy.fail(Fault.STATUS_500, 1, 2);
        JsonNode c = RemoteData.run(local, "retried");
        proxy.heal();
        assertThat(c.path("outcome").asText()).as(c.toString()).isEqualTo("ok");
        assertThat(c.path("observations").asLong()).isEqualTo(N);
        assertComplete("retried");
    }

    @Test
    void aRemoteThatKeepsFailingIsReportedAndHoldsUpNoOtherSource() throws Exception {
        add("down");
        RemoteData.addSource(local, "direct", remote.url() + "/v1.1", "Thing/name eq 'buoy-f'");
        proxy.delay = 100; // the failing source is slow as well
        proxy.fail(Fault.STATUS_500, 2, -1);
        CompletableFuture<JsonNode> down = CompletableFuture.supplyAsync(() -> call("down"));
        JsonNode direct = RemoteData.run(local, "direct");
        assertThat(down).as("the direct source finished while the failing one was still retrying").isNotDone();
        JsonNode failed = down.join();
        proxy.delay = 0;
        proxy.heal();
        assertThat(direct.path("observations").asLong()).isEqualTo(N);
        assertThat(failed.path("outcome").asText()).isEqualTo("failed");
        assertThat(failed.path("error").asText()).contains("HTTP 500");
        assertThat(failed.path("observations").asLong()).as("the two good pages").isEqualTo(400);
        JsonNode status = Json.mapper().readTree(local.get("/admin/federation/down").body());
        assertThat(status.path("lastRun").path("outcome").asText()).isEqualTo("failed");
        assertThat(status.path("lastRun").path("error").asText()).contains("HTTP 500");
        assertThat(local.get("/metrics").body()).containsPattern("dmp_federation_failures_total\\{source=\"down\"} 1");

        JsonNode healed = RemoteData.run(local, "down");
        assertThat(healed.path("observations").asLong()).isEqualTo(N - 400);
        assertComplete("down");
    }

    @Test
    void truncatedJsonAnHtmlPageOrABodyStoppedMidwayStoreNothingFromThatPage() throws Exception {
        for (Fault f : List.of(Fault.TRUNCATED, Fault.HTML, Fault.CUT)) {
            String name = "broken-" + f.name().toLowerCase(java.util.Locale.ROOT);
            add(name);
            proxy.fail(f, 3, -1);
            JsonNode c = RemoteData.run(local, name);
            proxy.heal();
            assertThat(c.path("outcome").asText()).as(f + ": " + c).isEqualTo("failed");
            assertThat(c.path("error").asText()).isNotEmpty();
            assertThat(stored(name)).as(f + ": the three good pages, nothing of the broken one").isEqualTo(600);
            JsonNode again = RemoteData.run(local, name);
            assertThat(again.path("outcome").asText()).isEqualTo("ok");
            assertComplete(name);
        }
    }

    @Test
    void repeatedRowsAreStoredOnce() throws Exception {
        add("repeated");
        proxy.fail(Fault.REPEATED, 0, -1);
        JsonNode c = RemoteData.run(local, "repeated");
        proxy.heal();
        assertThat(c.path("observations").asLong()).isEqualTo(N);
        assertThat(c.path("duplicates").asLong()).as("each row's repeat").isGreaterThanOrEqualTo(N);
        assertComplete("repeated");
    }

    @Test
    void aSecondRunOfASourceBeingHarvestedIsRefused() throws Exception {
        add("busy");
        proxy.delay = 300;
        CompletableFuture<JsonNode> first = CompletableFuture.supplyAsync(() -> call("busy"));
        for (int i = 0; i < 100 && !Json.mapper().readTree(local.get("/admin/federation/busy").body())
                .path("running").asBoolean(); i++) {
            Thread.sleep(50);
        }
        HttpResponse<String> second = local.send("POST", "/admin/federation/busy/run", null);
        proxy.delay = 0;
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(second.body()).contains("being harvested");
        assertThat(first.join().path("observations").asLong()).isEqualTo(N);
    }

    private static JsonNode call(String name) {
        try {
            return Json.mapper().readTree(local.send("POST", "/admin/federation/" + name + "/run", null).body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
