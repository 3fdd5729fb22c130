package eu.emso.dmp.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.testing.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Data on a server that another one harvests: a Thing with Datastreams, and their observations read back. */
final class RemoteData {
    static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    private RemoteData() {
    }

    /** Creates a Thing at OBSEA with one Datastream per name; their ids. */
    static List<Long> thing(TestServer s, String thing, String... datastreams) throws IOException {
        List<Long> ids = new ArrayList<>();
        String thingBody = "{\"name\":\"" + thing + "\",\"description\":\"a buoy\",\"properties\":{\"site\":\"OBSEA\"},"
                + "\"Locations\":[{\"name\":\"OBSEA\",\"description\":\"Vilanova\",\"encodingType\":"
                + "\"application/geo+json\",\"location\":{\"type\":\"Point\",\"coordinates\":[1.75,41.18]}}]}";
        long thingId = created(s.send("POST", "/v1.1/Things", thingBody));
        long sensor = created(s.send("POST", "/v1.1/Sensors", "{\"name\":\"SBE37\",\"description\":\"CTD\","
                + "\"encodingType\":\"text/plain\",\"metadata\":\"SBE37-SMP\"}"));
        for (String d : datastreams) {
            long op = created(s.send("POST", "/v1.1/ObservedProperties", "{\"name\":\"" + d + "\",\"definition\":"
                    + "\"http://vocab.nerc.ac.uk/collection/P01/current/" + d + "/\",\"description\":\"" + d + "\"}"));
            ids.add(created(s.send("POST", "/v1.1/Datastreams", "{\"name\":\"" + thing + " " + d + "\",\"description\":"
                    + "\"series\",\"observationType\":\"http://www.opengis.net/def/observationType/OGC-OM/2.0/"
                    + "OM_Measurement\",\"unitOfMeasurement\":{\"name\":\"degree Celsius\",\"symbol\":\"degC\","
                    + "\"definition\":\"http://vocab.nerc.ac.uk/collection/P06/current/UPAA/\"},\"properties\":{\"depth\":20},"
                    + "\"Thing\":{\"@iot.id\":" + thingId + "},\"Sensor\":{\"@iot.id\":" + sensor + "},"
                    + "\"ObservedProperty\":{\"@iot.id\":" + op + "}}")));
        }
        return ids;
    }

    /** Adds {@code n} observations a minute apart from minute {@code first} to the Datastream. */
    static void observations(TestServer s, long datastream, int first, int n) {
        for (int start = first; start < first + n; start += 5000) {
            ArrayNode rows = Json.mapper().createArrayNode();
            for (int i = start; i < Math.min(first + n, start + 5000); i++) {
                rows.addArray().add(T0.plusSeconds(60L * i).toString()).add(12 + (i % 100) / 10.0);
            }
            ObjectNode group = Json.mapper().createObjectNode();
            group.putObject("Datastream").put("@iot.id", datastream);
            group.putArray("components").add("phenomenonTime").add("result");
            group.set("dataArray", rows);
            HttpResponse<String> r = s.send("POST", "/v1.1/CreateObservations", "[" + group + "]");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(r.body()).doesNotContain("error");
        }
    }

    /** Every observation of the Datastream as "phenomenonTime=result", oldest first. */
    static List<String> series(TestServer s, long datastream) throws IOException {
        return series(s.url(), s, datastream);
    }

    static List<String> series(String base, TestServer any, long datastream) throws IOException {
        List<String> out = new ArrayList<>();
        String next = base + "/v1.1/Datastreams(" + datastream + ")/Observations?$orderby=phenomenonTime%20asc"
                + "&$top=10000&$select=phenomenonTime,result";
        while (next != null) {
            JsonNode page = Json.mapper().readTree(get(next));
            page.path("value").forEach(o -> out.add(o.path("phenomenonTime").asText() + "=" + o.path("result")));
            next = page.path("@iot.nextLink").asText(null);
        }
        return out;
    }

    /** The local Datastream harvested from the remote one, by its provenance. */
    static long localOf(String base, String source, long remote) throws IOException {
        JsonNode page = Json.mapper().readTree(get(base + "/v1.1/Datastreams?$filter="
                + java.net.URLEncoder.encode("properties/federation/source eq '" + source
                + "' and properties/federation/remoteId eq '" + remote + "'", java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20")));
        assertThat(page.path("value")).as(page.toString()).hasSize(1);
        return page.path("value").get(0).path("@iot.id").asLong();
    }

    static String get(String url) throws IOException {
        try {
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
            return r.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static long created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('(') + 1, location.lastIndexOf(')')));
    }

    /** Adds an STA source named {@code name} reading {@code url} to the server; the source's status. */
    static JsonNode addSource(TestServer local, String name, String url, String filter) throws IOException {
        ObjectNode b = Json.mapper().createObjectNode().put("name", name).put("kind", "sta").put("source", url)
                .put("filter", filter);
        HttpResponse<String> r = local.send("POST", "/admin/federation", b.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Json.mapper().readTree(r.body());
    }

    /** Harvests the source now; the counts the server answers. */
    static JsonNode run(TestServer local, String name) throws IOException {
        HttpResponse<String> r = local.send("POST", "/admin/federation/" + name + "/run", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }
}
