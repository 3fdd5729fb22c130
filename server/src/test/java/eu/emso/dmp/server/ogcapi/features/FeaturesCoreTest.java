package eu.emso.dmp.server.ogcapi.features;

import static eu.emso.dmp.server.ogcapi.OgcApiServer.exception;
import static eu.emso.dmp.server.ogcapi.OgcApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.server.ogcapi.OgcApiServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance class Core of OGC API - Features - Part 1 (OGC 17-069r4,
 * http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core), requirement by requirement as the
 * executable test suite ets-ogcapi-features10 checks them.
 */
class FeaturesCoreTest {

    @Test
    @DisplayName("/req/core/root-success: the landing page links the API definition, conformance and data")
    void landingPage() {
        JsonNode root = json("");
        assertThat(rels(root)).contains("self", "service-desc", "conformance", "data");
        assertThat(root.path("title").asText()).isNotEmpty();
    }

    @Test
    @DisplayName("/req/core/conformance-success: conformsTo lists the Core, GeoJSON, HTML and OAS30 classes")
    void conformance() {
        List<String> uris = new ArrayList<>();
        json("/conformance").path("conformsTo").forEach(u -> uris.add(u.asText()));
        String base = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/";
        assertThat(uris).contains(base + "core", base + "geojson", base + "html", base + "oas30");
    }

    @Test
    @DisplayName("/req/core/fc-md-success, /req/core/fc-md-items: the fixed collections with links to their items")
    void collections() {
        JsonNode c = json("/collections");
        assertThat(rels(c)).contains("self");
        List<String> ids = new ArrayList<>();
        for (JsonNode col : c.path("collections")) {
            ids.add(col.path("id").asText());
            assertThat(rels(col)).as(col.toString()).contains("self", "items");
            assertThat(col.path("extent").path("spatial").path("bbox").get(0).size()).isEqualTo(4);
        }
        assertThat(ids).contains("things", "features", "datastreams");
    }

    @Test
    @DisplayName("/req/core/sfc-md-success: one collection describes itself like its entry in /collections")
    void oneCollection() {
        JsonNode c = json("/collections/things");
        assertThat(c.path("id").asText()).isEqualTo("things");
        assertThat(c.path("itemType").asText()).isEqualTo("feature");
        exception("/collections/nothing", 404);
    }

    @Test
    @DisplayName("/req/core/fc-response, fc-links, fc-timeStamp, fc-numberReturned: a FeatureCollection of the platforms")
    void items() {
        JsonNode fc = json("/collections/things/items");
        assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.path("numberReturned").asInt()).isEqualTo(fc.path("features").size()).isEqualTo(3);
        assertThat(fc.path("timeStamp").asText()).isNotEmpty();
        assertThat(rels(fc)).contains("self", "alternate");
        Set<String> names = new HashSet<>();
        for (JsonNode f : fc.path("features")) {
            names.add(f.path("properties").path("name").asText());
            assertThat(f.path("geometry").path("type").asText()).isEqualTo("Point");
        }
        assertThat(names).containsExactlyInAnyOrder("OBSEA", "W1M3A", "EMSO-Azores");
    }

    @Test
    @DisplayName("/req/core/fc-limit-response-1, /req/core/fc-next: limit pages, next links walk all by keyset")
    void limitAndNext() {
        JsonNode page = json("/collections/things/items?limit=2");
        assertThat(page.path("features").size()).isEqualTo(2);
        String next = link(page, "next");
        assertThat(next).contains("cursor=").contains("limit=2");
        JsonNode second = json(next.substring(OgcApiServer.root().length()));
        assertThat(second.path("features").size()).isEqualTo(1);
        assertThat(link(second, "next")).isNull();
        Set<Long> ids = new HashSet<>();
        page.path("features").forEach(f -> ids.add(f.path("id").asLong()));
        second.path("features").forEach(f -> ids.add(f.path("id").asLong()));
        assertThat(ids).hasSize(3);
    }

    @Test
    @DisplayName("/req/core/fc-limit-definition: limit must be a positive integer, else 400")
    void badLimit() {
        exception("/collections/things/items?limit=0", 400);
        exception("/collections/things/items?limit=ten", 400);
        assertThat(json("/collections/things/items?limit=1000000").path("features").size()).isEqualTo(3);
    }

    @Test
    @DisplayName("/req/core/fc-bbox-response: only features whose geometry intersects the box")
    void bbox() {
        JsonNode med = json("/collections/things/items?bbox=0,35,15,45");
        assertThat(names(med)).containsExactlyInAnyOrder("OBSEA", "W1M3A");
        assertThat(names(json("/collections/things/items?bbox=1.7,41.1,1.8,41.2"))).containsExactly("OBSEA");
        assertThat(names(json("/collections/things/items?bbox=170,-10,-170,10"))).isEmpty();
        assertThat(names(json("/collections/things/items?bbox=-40,30,-100,-20,40,0"))).containsExactly("EMSO-Azores");
    }

    @Test
    @DisplayName("/req/core/fc-bbox-definition: a malformed bbox answers 400 naming it")
    void badBbox() {
        assertThat(exception("/collections/things/items?bbox=1,2,3", 400).path("description").asText()).contains("bbox");
        exception("/collections/things/items?bbox=a,b,c,d", 400);
        exception("/collections/things/items?bbox=0,50,10,40", 400);
        exception("/collections/things/items?bbox=0,0,10,100", 400);
    }

    @Test
    @DisplayName("/req/core/fc-time-response: datetime selects platforms and Datastreams observing then")
    void datetime() {
        assertThat(names(json("/collections/things/items?datetime=2014-02-01T12:00:00Z"))).containsExactly("OBSEA");
        assertThat(names(json("/collections/things/items?datetime=2025-01-01T00:00:00Z/.."))).containsExactly("W1M3A");
        assertThat(names(json("/collections/things/items?datetime=../2013-12-31T00:00:00Z"))).isEmpty();
        assertThat(json("/collections/datastreams/items?datetime=2014-02-01T00:00:00Z/2014-02-03T00:00:00Z")
                .path("features").size()).isEqualTo(2);
    }

    @Test
    @DisplayName("/req/core/fc-time-definition: a malformed datetime or a reversed interval answers 400")
    void badDatetime() {
        exception("/collections/things/items?datetime=yesterday", 400);
        exception("/collections/things/items?datetime=2020-01-02T00:00:00Z/2020-01-01T00:00:00Z", 400);
        exception("/collections/things/items?datetime=../..", 400);
    }

    @Test
    @DisplayName("/req/core/query-param-unknown: an unknown parameter answers 400")
    void unknownParameter() {
        assertThat(exception("/collections/things/items?colour=red", 400).path("description").asText()).contains("colour");
    }

    @Test
    @DisplayName("/req/core/f-success, /req/core/f-links: one feature by id, 404 for unknown ids")
    void oneFeature() {
        JsonNode first = json("/collections/things/items?limit=1").path("features").get(0);
        JsonNode f = json("/collections/things/items/" + first.path("id").asText());
        assertThat(f.path("type").asText()).isEqualTo("Feature");
        assertThat(f.path("id")).isEqualTo(first.path("id"));
        assertThat(rels(f)).contains("self", "collection");
        exception("/collections/things/items/999999", 404);
        exception("/collections/things/items/abc", 404);
    }

    @Test
    @DisplayName("Property filters (/rec/core/fc-filters): name=OBSEA selects that platform")
    void propertyFilter() {
        assertThat(names(json("/collections/things/items?name=OBSEA"))).containsExactly("OBSEA");
        JsonNode ds = json("/collections/datastreams/items?name=OBSEA%20TEMP");
        assertThat(ds.path("features").size()).isEqualTo(1);
        assertThat(ds.path("features").get(0).path("properties").path("unitOfMeasurement").path("symbol").asText())
                .isEqualTo("Cel");
        assertThat(ds.path("features").get(0).path("geometry").path("type").asText()).isEqualTo("Point");
    }

    @Test
    @DisplayName("The sampling features collection holds the features of interest generated from the Locations")
    void samplingFeatures() {
        JsonNode fc = json("/collections/features/items");
        assertThat(fc.path("features").size()).isGreaterThanOrEqualTo(2);
        assertThat(fc.path("features").get(0).path("geometry").path("coordinates").size()).isEqualTo(2);
    }

    @Test
    @DisplayName("Unknown paths below /ogcapi answer 404 with an exception document")
    void unknownPath() {
        exception("/nothing/here", 404);
    }

    static List<String> names(JsonNode fc) {
        List<String> out = new ArrayList<>();
        fc.path("features").forEach(f -> out.add(f.path("properties").path("name").asText()));
        return out;
    }

    static Set<String> rels(JsonNode doc) {
        Set<String> out = new HashSet<>();
        doc.path("links").forEach(l -> out.add(l.path("rel").asText()));
        return out;
    }

    static String link(JsonNode doc, String rel) {
        for (JsonNode l : doc.path("links")) {
            if (l.path("rel").asText().equals(rel)) {
                return l.path("href").asText();
            }
        }
        return null;
    }
}
