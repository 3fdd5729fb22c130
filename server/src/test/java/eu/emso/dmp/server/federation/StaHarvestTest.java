package eu.emso.dmp.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Harvest of a SensorThings source (a second instance of this server): every remote observation
 * stored once with its value, entities created once with their provenance, later runs reading only
 * what is new, the remote's flags kept beside ours.
 */
class StaHarvestTest {
    static final FederationSettings FAST = new FederationSettings(Duration.ofMinutes(30), 200, Duration.ofSeconds(10),
            3, Duration.ofMillis(50), Duration.ofSeconds(1));
    private static TestServer remote;
    private static TestServer local;
    private static List<Long> remoteStreams;

    @BeforeAll
    static void start() throws Exception {
        remote = Peers.remote();
        local = Peers.local();
        remoteStreams = RemoteData.thing(remote, "buoy-1", "TEMP", "PSAL");
        RemoteData.observations(remote, remoteStreams.get(0), 0, 1000);
        RemoteData.observations(remote, remoteStreams.get(1), 0, 300);
    }

    @Test
    void harvestsEveryObservationOnceWithProvenanceThenOnlyWhatIsNew() throws Exception {
        RemoteData.addSource(local, "obsea", remote.url() + "/v1.1", "Thing/name eq 'buoy-1'");
        JsonNode first = RemoteData.run(local, "obsea");
        assertThat(first.path("outcome").asText()).as(first.toString()).isEqualTo("ok");
        assertThat(first.path("observations").asLong()).isEqualTo(1300);
        assertThat(first.path("entities").asLong()).as("Thing, Sensor, 2 ObservedProperties, 2 Datastreams")
                .isEqualTo(6);

        long temp = RemoteData.localOf(local.url(), "obsea", remoteStreams.get(0));
        long psal = RemoteData.localOf(local.url(), "obsea", remoteStreams.get(1));
        assertThat(RemoteData.series(local, temp)).isEqualTo(RemoteData.series(remote, remoteStreams.get(0)));
        assertThat(RemoteData.series(local, psal)).isEqualTo(RemoteData.series(remote, remoteStreams.get(1)));

        JsonNode ds = Json.mapper().readTree(local.get("/v1.1/Datastreams(" + temp + ")?$expand=Thing($expand="
                + "Locations)").body());
        JsonNode f = ds.path("properties").path("federation");
        assertThat(f.path("url").asText()).isEqualTo(remote.url() + "/v1.1");
        assertThat(f.path("firstHarvest").asText()).isNotEmpty();
        assertThat(ds.path("properties").path("depth").asInt()).as("the remote's properties").isEqualTo(20);
        assertThat(ds.path("unitOfMeasurement").path("symbol").asText()).isEqualTo("degC");
        assertThat(ds.path("Thing").path("properties").path("federation").path("source").asText()).isEqualTo("obsea");
        assertThat(ds.path("Thing").path("Locations").get(0).path("location").path("coordinates").toString())
                .isEqualTo("[1.75,41.18]");

        JsonNode again = RemoteData.run(local, "obsea");
        assertThat(again.path("observations").asLong()).as("nothing new: %s", again).isZero();
        assertThat(again.path("entities").asLong()).as("remote ids map to the same local ones").isZero();
        assertThat(again.path("duplicates").asLong()).as("the overlap window is read again, and recognised")
                .isBetween(1L, 62L);
        JsonNode touched = Json.mapper().readTree(local.get("/v1.1/Datastreams(" + temp + ")").body())
                .path("properties").path("federation");
        assertThat(touched.path("firstHarvest")).isEqualTo(f.path("firstHarvest"));
        assertThat(touched.path("lastHarvest").asText()).isGreaterThan(f.path("lastHarvest").asText());

        RemoteData.observations(remote, remoteStreams.get(0), 1000, 250);
        JsonNode third = RemoteData.run(local, "obsea");
        assertThat(third.path("observations").asLong()).isEqualTo(250);
        assertThat(RemoteData.series(local, temp)).hasSize(1250)
                .isEqualTo(RemoteData.series(remote, remoteStreams.get(0)));
    }

    @Test
    void keepsTheRemoteFlagsBesideOursAndFlagsWithTheLocalConfiguration() throws Exception {
        RemoteData.addSource(local, "flags", remote.url() + "/v1.0", "name eq 'buoy-1 PSAL'");
        JsonNode c = RemoteData.run(local, "flags");
        assertThat(c.path("observations").asLong()).as("only the Datastream the filter names").isEqualTo(300);
        long psal = RemoteData.localOf(local.url(), "flags", remoteStreams.get(1));
        JsonNode remoteObs = Json.mapper().readTree(remote.get("/v1.1/Datastreams(" + remoteStreams.get(1)
                + ")/Observations?$top=1&$orderby=phenomenonTime%20asc").body()).path("value").get(0);
        JsonNode localObs = Json.mapper().readTree(local.get("/v1.1/Datastreams(" + psal
                + ")/Observations?$top=1&$orderby=phenomenonTime%20asc").body()).path("value").get(0);
        assertThat(localObs.path("resultQuality").path("source_quality"))
                .as("the remote's resultQuality, kept as the source's").isEqualTo(remoteObs.path("resultQuality"));
        assertThat(localObs.path("resultQuality").path("qc_flag").isInt()).as("our own flag").isTrue();
    }

    @Test
    void reportsStatusAndMetrics() throws Exception {
        RemoteData.addSource(local, "status", remote.url() + "/v1.1", "name eq 'buoy-1 TEMP'");
        RemoteData.run(local, "status");
        JsonNode s = Json.mapper().readTree(local.get("/admin/federation/status").body());
        assertThat(s.path("lastRun").path("outcome").asText()).isEqualTo("ok");
        assertThat(s.path("lastSuccess").asText()).isNotEmpty();
        assertThat(Json.mapper().readTree(local.get("/admin/federation").body()).findValuesAsText("name"))
                .contains("status");
        String metrics = local.get("/metrics").body();
        assertThat(metrics).containsPattern("dmp_federation_observations_total\\{source=\"status\"} [1-9]")
                .contains("dmp_federation_runs_total{outcome=\"ok\",source=\"status\"}")
                .contains("dmp_federation_last_success_seconds{source=\"status\"}");
    }

    @Test
    void refusesBadSourcesWithAClearMessage() {
        HttpResponse<String> bad = local.send("POST", "/admin/federation",
                "{\"name\":\"x\",\"kind\":\"wfs\",\"source\":\"http://example.org\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("sta, sos or erddap");
        assertThat(local.send("POST", "/admin/federation", "{\"name\":\"x\",\"kind\":\"sta\",\"source\":\"ftp://h/x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(local.send("POST", "/admin/federation/nothing/run", null).statusCode()).isEqualTo(404);
        assertThat(local.send("DELETE", "/admin/federation/nothing", null).statusCode()).isEqualTo(404);
    }
}
