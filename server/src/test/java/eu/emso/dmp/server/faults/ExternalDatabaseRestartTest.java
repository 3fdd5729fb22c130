package eu.emso.dmp.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.server.DmpServer;
import eu.emso.dmp.server.config.FaultSettings;
import eu.emso.dmp.server.config.ServerSettings;
import eu.emso.dmp.server.mqtt.MqttSettings;
import eu.emso.dmp.server.ogcapi.OgcApiSettings;
import eu.emso.dmp.server.testing.TempDirs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An external database (a PostgreSQL the server did not start and does not supervise) stopped
 * under a write load and started again a few seconds later: meanwhile requests are answered 503
 * with Retry-After and readiness says the database is down; afterwards the pool reconnects by
 * itself, writes go on, and every acknowledged observation is stored once.
 */
class ExternalDatabaseRestartTest {

    @Test
    void poolReconnectsAfterTheExternalDatabaseRestarts() throws Exception {
        Path dir = TempDirs.create("dmp-external-db");
        try (EmbeddedPostgres db = EmbeddedPostgres.start(dir.resolve("external"))) {
            FaultSettings faults = new FaultSettings(Duration.ofSeconds(2), true, Duration.ofSeconds(5));
            ServerSettings settings = new ServerSettings(0, 0, dir.resolve("data"), Optional.empty(),
                    Optional.of(db.jdbcUrl()), db.user(), db.password(), 8, StoreSettings.defaults(),
                    MqttSettings.disabled(), ServerSettings.DEFAULT_QC_CONFIG_DIR, OgcApiSettings.defaults(), faults)
                    .withAuth(eu.emso.dmp.server.auth.AuthSettings.open());
            try (DmpServer server = DmpServer.start(settings)) {
                String url = "http://localhost:" + server.port();
                long ds = Stored.datastream(url);
                Set<Instant> acknowledged;
                WriteLoad load = new WriteLoad(url, ds, 3);
                try (HealthProbe health = new HealthProbe(url, "/health/ready")) {
                    while (load.acknowledged().size() < 100) {
                        Thread.sleep(20);
                    }
                    fastShutdown(db.pid()); // as an operator's "pg_ctl stop -m fast" or a failover does
                    String down = health.await("503", Duration.ofSeconds(30));
                    assertNotNull(down, "readiness never reported the stopped database");
                    assertTrue(down.contains("\"database\":{\"status\":\"DOWN\""), down);
                    everyFaceAnswers503(url);
                    db.restart();
                    assertNotNull(health.await("200", Duration.ofSeconds(60)), "the server did not reconnect");
                    int before = load.acknowledged().size();
                    while (load.acknowledged().size() < before + 100) {
                        Thread.sleep(20);
                    }
                } finally {
                    load.close();
                }
                acknowledged = load.acknowledged();
                assertEquals(List.of(), load.failures(), "every answer is 201, or 503 with Retry-After, and none hangs");
                assertTrue(load.count(503) > 0, "writes met the stopped database and were refused with 503");
                List<Instant> stored = Stored.times(url, ds);
                Set<Instant> distinct = new HashSet<>(stored);
                assertEquals(stored.size(), distinct.size(), "nothing is stored twice");
                assertTrue(distinct.containsAll(acknowledged), "every acknowledged observation is stored");
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    /** Each face's requests that need the database: 503 with Retry-After and a JSON body, never a hang or a 500. */
    private static void everyFaceAnswers503(String url) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String line = "# 12.5000,  4.10000,   20.000,   37.0000, 1500.000, 04 Mar 2017, 10:00:00\n";
        List<java.net.http.HttpRequest> requests = List.of(
                get(url + "/v1.1/Things"),
                get(url + "/ogcapi/collections/things/items"),
                get(url + "/sos/service?service=SOS&version=2.0.0&request=GetObservation"),
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/ingest?format=sbe37-ascii&platform=obsea"))
                        .timeout(Duration.ofSeconds(15)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(line)).build());
        for (java.net.http.HttpRequest r : requests) {
            java.net.http.HttpResponse<String> a = http.send(r, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(503, a.statusCode(), r.uri() + ": " + a.body());
            assertTrue(a.headers().firstValue("Retry-After").isPresent(), r.uri() + " has Retry-After");
            assertTrue(a.body().startsWith("{\"code\":503"), r.uri() + ": " + a.body());
        }
    }

    private static java.net.http.HttpRequest get(String url) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(15)).GET().build();
    }

    /** SIGINT to the postmaster: PostgreSQL's fast shutdown (clients are disconnected, no crash). */
    static void fastShutdown(long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -INT " + pid);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }
}
