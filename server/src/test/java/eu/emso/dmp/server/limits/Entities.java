package eu.emso.dmp.server.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;

/** Creates the entities the limit and bad-input tests work on: one Thing with a Location and four Datastreams. */
final class Entities {
    private static final ObjectMapper JSON = new ObjectMapper();
    final long thing;
    final long datastream;

    private Entities(long thing, long datastream) {
        this.thing = thing;
        this.datastream = datastream;
    }

    static Entities create(TestServer s) throws Exception {
        StringBuilder ds = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            ds.append(i == 0 ? "" : ",").append("{\"name\":\"CTD ").append(i).append("\",\"description\":\"d\",")
                    .append("\"observationType\":\"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement\",")
                    .append("\"unitOfMeasurement\":{\"name\":\"degree Celsius\",\"symbol\":\"degC\",\"definition\":\"u\"},")
                    .append("\"Sensor\":{\"name\":\"SBE37\",\"description\":\"s\",\"encodingType\":\"text/plain\",\"metadata\":\"m\"},")
                    .append("\"ObservedProperty\":{\"name\":\"TEMP\",\"definition\":\"p\",\"description\":\"p\"}}");
        }
        HttpResponse<String> r = s.send("POST", "/v1.1/Things", "{\"name\":\"OBSEA\",\"description\":\"node\","
                + "\"Locations\":[{\"name\":\"here\",\"description\":\"l\",\"encodingType\":\"application/geo+json\","
                + "\"location\":{\"type\":\"Point\",\"coordinates\":[1.75,41.18]}}],\"Datastreams\":[" + ds + "]}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("cannot create the test Thing: " + r.body());
        }
        long thing = JSON.readTree(r.body()).get("@iot.id").asLong();
        JsonNode streams = JSON.readTree(s.get("/v1.1/Things(" + thing + ")/Datastreams").body()).get("value");
        long datastream = streams.get(0).get("@iot.id").asLong();
        HttpResponse<String> o = s.send("POST", "/v1.1/Datastreams(" + datastream + ")/Observations",
                "{\"phenomenonTime\":\"2026-01-01T00:00:00Z\",\"result\":13.5}");
        if (o.statusCode() != 201) {
            throw new IllegalStateException("cannot create the test Observation: " + o.body());
        }
        return new Entities(thing, datastream);
    }

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
