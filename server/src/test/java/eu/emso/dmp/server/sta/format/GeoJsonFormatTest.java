package eu.emso.dmp.server.sta.format;

import static eu.emso.dmp.server.sta.batch.SharedTestServer.json;
import static eu.emso.dmp.server.sta.batch.SharedTestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.server.sta.batch.SharedTestServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** {@code $resultFormat=GeoJSON}: a FeatureCollection with the entities' geometries and properties. */
@ExtendWith(SharedTestServer.Extension.class)
class GeoJsonFormatTest {
    private static SharedTestServer server;
    private static String name;
    private static long datastream;

    @BeforeAll
    static void setUp(SharedTestServer s) throws Exception {
        server = s;
        name = unique("geo");
        datastream = s.datastream(name, 1.7527, 41.1819);
        assertThat(s.post("Datastreams(" + datastream + ")/Observations",
                "{\"phenomenonTime\": \"2024-06-01T00:00:00Z\", \"result\": 14.2}").statusCode()).isEqualTo(201);
    }

    private static String filter(String text) {
        return "&$filter=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode collection(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        JsonNode doc = json(r);
        assertThat(doc.get("type").asText()).isEqualTo("FeatureCollection");
        for (JsonNode f : doc.get("features")) {
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            assertThat(f.has("properties")).isTrue();
        }
        return doc;
    }

    private static Geometry geometry(JsonNode feature) throws Exception {
        return new GeoJsonReader().read(feature.get("geometry").toString());
    }

    @Test
    void locationsAreFeaturesWithTheirPointAndProperties() throws Exception {
        JsonNode doc = collection("Locations?$resultFormat=GeoJSON" + filter("Things/name eq '" + name + "'"));
        assertThat(doc.get("features")).hasSize(1);
        JsonNode f = doc.get("features").get(0);
        Geometry g = geometry(f);
        assertThat(g.getGeometryType()).isEqualTo("Point");
        assertThat(g.getCoordinate().x).isEqualTo(1.7527);
        assertThat(g.getCoordinate().y).isEqualTo(41.1819);
        assertThat(f.get("properties").get("name").asText()).isEqualTo("site");
        assertThat(f.get("properties").has("location")).isFalse();
        assertThat(f.get("id").asLong()).isEqualTo(json(server.get("Things?" + filter("name eq '" + name + "'")
                .substring(1) + "&$expand=Locations")).get("value").get(0).get("Locations").get(0).get("@iot.id").asLong());
    }

    @Test
    void thingsTakeTheGeometryOfTheirExpandedLocations() throws Exception {
        JsonNode f = collection("Things?$resultFormat=GeoJSON&$expand=Locations" + filter("name eq '" + name + "'"))
                .get("features").get(0);
        assertThat(geometry(f).getCoordinate().y).isEqualTo(41.1819);
        assertThat(f.get("properties").get("name").asText()).isEqualTo(name);
    }

    @Test
    void observationsTakeTheGeometryOfTheirExpandedFeatureOfInterest() throws Exception {
        JsonNode f = collection("Datastreams(" + datastream + ")/Observations?$resultFormat=GeoJSON"
                + "&$expand=FeatureOfInterest").get("features").get(0);
        assertThat(geometry(f).getCoordinate().x).isEqualTo(1.7527);
        assertThat(f.get("properties").get("result").decimalValue()).isEqualByComparingTo("14.2");
    }

    @Test
    void collectionsWithoutGeometryOrWithoutTheNeededExpandAre400() throws Exception {
        for (String path : List.of("Sensors?$resultFormat=GeoJSON", "Things?$resultFormat=GeoJSON",
                "Observations?$resultFormat=GeoJSON")) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(json(r).get("type").asText()).isEqualTo("error");
        }
    }
}
