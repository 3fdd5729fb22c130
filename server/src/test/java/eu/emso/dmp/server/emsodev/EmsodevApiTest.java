package eu.emso.dmp.server.emsodev;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.auth.Role;
import eu.emso.dmp.server.config.SettingsLoader;
import eu.emso.dmp.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MOODA's EGIM client calls replayed against a server closed to anonymous reads, holding the
 * OBSEA sample (February 2014, through the ingest pipeline) and SBE37 output of the OBSEA EGIM
 * (1 February 2017, every 10 s, as SBE37 output and as the EMSODEV platform's own JSON); shapes and values compared with what SensorThings serves.
 */
class EmsodevApiTest {
    static final Path SAMPLES = Path.of("..", "egim-adapter", "src", "test", "resources", "samples");
    static final String OBS = "/emsodev/observatories/EMSODEV-EGIM-node00001";
    static final String CTD = OBS + "/instruments/SBE37-SIP-P7000-RS232";
    static final String USER = "mooda";
    static final String PASSWORD = "egim-reader-2017";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.withSettings(dir -> SettingsLoader.load(null, Map.of("DMP_MQTT_ENABLED", "false",
                "DMP_AUTH_READS", "authorised", "DMP_QC_CONFIG_DIR", Path.of("..", "config", "qc").toString()))
                .with(0, 0, dir, null));
        server.server().accounts().addUser(USER, Role.READER, List.of(), PASSWORD);
        server.server().accounts().addUser("loader", Role.WRITER, List.of(), "loader-password");
        ingest("source=obsea.csv", SAMPLES.resolve("MO_TS_MO_OBSEA_201402.csv"));
        ingest("format=sbe37-ascii&platform=obsea&source=sbe37.txt", SAMPLES.resolve("sbe37-synthetic.txt"));
        ingest("format=emsodev-json&platform=obsea&instrument=SBE37-SIP-P7000-RS232&parameter=sea_water_temperature"
                + "&unit=degC&source=emsodev.json", SAMPLES.resolve("emsodev-sbe37-temperature.json"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("MOODA's sequence: observatories, instruments, parameters, metadata, observations by date and by limit")
    void moodaSequence() throws IOException {
        JsonNode observatories = get("/emsodev/observatories", 200);
        assertThat(observatories.isArray()).isTrue();
        assertThat(observatories.findValuesAsText("name")).containsExactly("EMSODEV-EGIM-node00001");

        JsonNode instruments = get(OBS + "/instruments", 200).path("instruments");
        JsonNode ctd = byName(instruments, "SBE37-SIP-P7000-RS232");
        assertThat(ctd.path("sn").asText()).isEqualTo("37-14998");
        assertThat(ctd.path("sensorLongName").asText()).isEqualTo("SBE37-SIP-P7000-RS232");
        assertThat(ctd.path("sensorType").asText()).isEqualTo("CTD");
        assertThat(instruments.findValuesAsText("name")).contains("OBSEA surface meteorological station");

        JsonNode parameters = get(CTD + "/parameters", 200).path("parameters");
        assertThat(parameters.findValuesAsText("name")).contains("sea_water_temperature", "conductivity", "salinity",
                "sound_velocity", "sea_water_pressure");
        assertThat(byName(parameters, "sea_water_temperature").path("uom").asText()).isEqualTo("degree Celsius");
        assertThat(byName(parameters, "conductivity").path("uom").asText()).isEqualTo("siemens per metre");

        JsonNode list = get(CTD, 200).path("metadataList");
        assertThat(list).hasSize(1);
        Map<String, String> m = metadata(list.get(0).path("metadata").asText());
        assertThat(m).containsEntry("SOSProcedureID", "37-14998").containsEntry("SOSOfferingID", "37-14998_data")
                .containsEntry("EGIMNode", "EMSODEV:EGIM:node00001").containsEntry("EGIMPosition", "41.1819,1.7527")
                .containsEntry("EGIMLocation", "OBSEA").containsEntry("OMResultType", "measurement")
                .containsEntry("EGIMPositionSRSName", "http://www.opengis.net/def/crs/EPSG/0/4326")
                .containsKey("OMObservationType");
        assertThat(Instant.parse(list.get(0).path("validityDate").asText())).isBefore(Instant.parse("2014-02-02T00:00:00Z"));

        // the EMSODEV platform's own answer for these five values, as it served them in 2017
        JsonNode original = Json.mapper().readTree(Files.readString(SAMPLES.resolve("emsodev-sbe37-temperature.json")))
                .path("observations");
        JsonNode day = get(CTD + "/parameters/sea_water_temperature?startDate=01/02/2017&endDate=01/02/2017", 200)
                .path("observations");
        assertThat(day.size()).isGreaterThanOrEqualTo(original.size());
        for (int i = 0; i < original.size(); i++) {
            assertThat(day.get(i).path("phenomenonTime").asLong()).isEqualTo(original.get(i).path("phenomenonTime").asLong());
            assertThat(day.get(i).path("value").asDouble()).isEqualTo(original.get(i).path("value").asDouble());
        }
        JsonNode latest = get(CTD + "/parameters/sea_water_temperature/limit/3", 200).path("observations");
        assertThat(latest).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(latest.get(i)).isEqualTo(day.get(day.size() - 3 + i));
        }
    }

    @Test
    @DisplayName("every CTD parameter over February 2014 holds exactly the Observations SensorThings serves")
    void observationsEqualSta() {
        for (String[] p : List.of(new String[] {"sea_water_temperature", "TEMP"}, new String[] {"salinity", "PSAL"})) {
            JsonNode obs = get(CTD + "/parameters/" + p[0] + "?startDate=01/02/2014&endDate=28/02/2014", 200)
                    .path("observations");
            String filter = "Thing/name eq 'EMSODEV-EGIM-node00001' and Sensor/properties/model eq 'SBE37-SIP-P7000-RS232'"
                    + " and ObservedProperty/name eq '" + p[1] + "'";
            long id = get("/v1.1/Datastreams?$select=id&$filter=" + enc(filter), 200).path("value").get(0)
                    .path("@iot.id").asLong();
            List<JsonNode> sta = sta("/v1.1/Datastreams(" + id + ")/Observations?$top=1000&$orderby=phenomenonTime"
                    + "&$select=phenomenonTime,result&$filter=" + enc("phenomenonTime lt 2014-03-01T00:00:00Z"));
            assertThat(sta).hasSizeGreaterThan(600);
            assertThat(obs).hasSize(sta.size());
            for (int i = 0; i < sta.size(); i++) {
                assertThat(obs.get(i).path("phenomenonTime").asLong())
                        .isEqualTo(Instant.parse(sta.get(i).path("phenomenonTime").asText()).getEpochSecond());
                assertThat(obs.get(i).path("value")).isEqualTo(sta.get(i).path("result"));
            }
            JsonNode last = get(CTD + "/parameters/" + p[0] + "/limit/10", 200).path("observations");
            List<JsonNode> newest = sta("/v1.1/Datastreams(" + id + ")/Observations?$top=10&$orderby=phenomenonTime%20desc"
                    + "&$select=phenomenonTime,result");
            for (int i = 0; i < 10; i++) {
                assertThat(last.get(i).path("value")).isEqualTo(newest.get(9 - i).path("result"));
            }
        }
    }

    @Test
    @DisplayName("closed reads: no or wrong credentials get 401 with WWW-Authenticate: Basic, as the EMSODEV platform did")
    void basicAuthentication() throws Exception {
        HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/emsodev/observatories"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().allValues("WWW-Authenticate")).anyMatch(h -> h.startsWith("Basic "));
        assertThat(Json.mapper().readTree(none.body()).path("code").asInt()).isEqualTo(401);
        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/emsodev/observatories"))
                .header("Authorization", basic(USER, "not-the-password")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("bad dates and limits answer 400, unknown names 404, each with a JSON message naming the problem")
    void badInput() {
        String temp = CTD + "/parameters/sea_water_temperature";
        assertThat(error(temp + "?startDate=2017-02-01&endDate=01/02/2017", 400)).startsWith("startDate: '2017-02-01'");
        assertThat(error(temp + "?startDate=31/02/2017&endDate=01/03/2017", 400)).startsWith("startDate:");
        assertThat(error(temp + "?endDate=01/02/2017", 400)).startsWith("startDate: missing");
        assertThat(error(temp + "?startDate=02/02/2017&endDate=01/02/2017", 400)).startsWith("endDate:");
        assertThat(error(temp + "/limit/abc", 400)).startsWith("limit: 'abc'");
        assertThat(error(temp + "/limit/0", 400)).startsWith("limit:");
        assertThat(error("/emsodev/observatories/nowhere/instruments", 404)).startsWith("observatory: no observatory 'nowhere'");
        assertThat(error(OBS + "/instruments/SBE99", 404)).startsWith("instrument: no instrument 'SBE99'");
        assertThat(error(CTD + "/parameters/turbidity?startDate=01/02/2017&endDate=01/02/2017", 404))
                .startsWith("parameter: instrument 'SBE37-SIP-P7000-RS232' has no parameter 'turbidity'");
        assertThat(error(CTD + "/parameters/turbidity/limit/5", 404)).startsWith("parameter:");
    }

    @Test
    @DisplayName("a Python EGIM client (python-requests, HTTP Basic) replaying MOODA's calls reads what MOODA's notebook showed")
    void pythonEgimClient() throws Exception {
        Path script = Path.of(EmsodevApiTest.class.getResource("/emsodev/egim_client_replay.py").toURI());
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), server.url() + "/emsodev", USER, PASSWORD,
                "01/02/2017", "01/02/2017").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        JsonNode r = Json.mapper().readTree(out);
        assertThat(r.path("observatory").asText()).isEqualTo("EMSODEV-EGIM-node00001");
        assertThat(r.path("ctd").asText()).isEqualTo("SBE37-SIP-P7000-RS232");
        assertThat(Json.mapper().convertValue(r.path("instruments"), List.class)).contains("SBE37-SIP-P7000-RS232",
                "OBSEA surface meteorological station");
        assertThat(Json.mapper().convertValue(r.path("parameters"), List.class))
                .isEqualTo(get(CTD + "/parameters", 200).path("parameters").findValuesAsText("name"));
        assertThat(r.path("metadata").path("SOSProcedureID").asText()).isEqualTo("37-14998");
        assertThat(r.path("metadata").path("EGIMPosition").asText()).isEqualTo("41.1819,1.7527");
        // the first row of the notebook's table: 2017-02-01 14:10:34  13.1436
        assertThat(r.path("first").get(0).asText()).isEqualTo("2017-02-01 14:10:34");
        assertThat(r.path("first").get(1).asDouble()).isEqualTo(13.1436);
        JsonNode day = get(CTD + "/parameters/sea_water_temperature?startDate=01/02/2017&endDate=01/02/2017", 200)
                .path("observations");
        assertThat(r.path("observations").asInt()).isEqualTo(day.size());
        assertThat(r.path("latest").get(2).asDouble()).isEqualTo(day.get(day.size() - 1).path("value").asDouble());
        assertThat(r.path("anonymous").get(0).asInt()).isEqualTo(401);
        assertThat(r.path("anonymous").get(1).asText()).contains("Basic");
    }

    static JsonNode byName(JsonNode array, String name) {
        for (JsonNode n : array) {
            if (n.path("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no '" + name + "' in " + array);
    }

    /** The EMSODEV metadata text {@code {k=v, k=v}} as a map (values may hold commas, keys do not). */
    static Map<String, String> metadata(String text) {
        assertThat(text).startsWith("{").endsWith("}");
        Map<String, String> m = new LinkedHashMap<>();
        String key = null;
        for (String part : text.substring(1, text.length() - 1).split(", ")) {
            int eq = part.indexOf('=');
            if (eq > 0 && !part.substring(0, eq).contains(",")) {
                key = part.substring(0, eq);
                m.put(key, part.substring(eq + 1));
            } else {
                m.put(key, m.get(key) + ", " + part);
            }
        }
        return m;
    }

    private static List<JsonNode> sta(String path) {
        List<JsonNode> out = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = get(next, 200);
            page.path("value").forEach(out::add);
            String link = page.path("@iot.nextLink").asText(null);
            next = link == null ? null : link.substring(link.indexOf("/v1.1/"));
        }
        return out;
    }

    private static String error(String path, int status) {
        JsonNode e = get(path, status);
        assertThat(e.path("code").asInt()).isEqualTo(status);
        return e.path("message").asText();
    }

    static JsonNode get(String path, int status) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                    .header("Authorization", basic(USER, PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            return Json.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void ingest(String query, Path file) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/ingest?" + query))
                .header("Authorization", basic("loader", "loader-password"))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
