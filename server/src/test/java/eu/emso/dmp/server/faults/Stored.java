package eu.emso.dmp.server.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a server has stored, read back over SensorThings as any client would. */
final class Stored {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Stored() {
    }

    /** A Thing with one Datastream, created over HTTP; returns the Datastream's id. */
    static long datastream(String serverUrl) throws Exception {
        String thing = """
                {"name":"fault buoy","description":"d",
                 "Locations":[{"name":"site","description":"d","encodingType":"application/geo+json",
                   "location":{"type":"Point","coordinates":[1.75,41.18]}}],"Datastreams":[{"name":"temperature","description":"d",
                 "observationType":"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                 "unitOfMeasurement":{"name":"degree Celsius","symbol":"degC","definition":"http://qudt.org/vocab/unit/DEG_C"},
                 "Sensor":{"name":"s","description":"d","encodingType":"text/plain","metadata":"m"},
                 "ObservedProperty":{"name":"TEMP","definition":"http://vocab.nerc.ac.uk/collection/P01/current/TEMPST01/","description":"d"}}]}""";
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(serverUrl + "/v1.1/Things"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(thing)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("cannot create the test Thing: " + r.statusCode() + " " + r.body());
        }
        String location = r.headers().firstValue("Location").orElseThrow();
        JsonNode ds = get(http, location + "/Datastreams");
        return ds.get("value").get(0).get("@iot.id").asLong();
    }

    /** Every stored phenomenon time of the Datastream, in order, following next links. */
    static List<Instant> times(String serverUrl, long datastream) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Instant> out = new ArrayList<>();
        String next = serverUrl + "/v1.1/Datastreams(" + datastream
                + ")/Observations?$select=phenomenonTime&$orderby=phenomenonTime&$top=5000";
        while (next != null) {
            JsonNode page = get(http, next);
            for (JsonNode o : page.get("value")) {
                out.add(Instant.parse(o.get("phenomenonTime").asText()));
            }
            next = page.hasNonNull("@iot.nextLink") ? page.get("@iot.nextLink").asText() : null;
        }
        return out;
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.replace(" ", "%20"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
