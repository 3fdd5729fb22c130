package eu.emso.dmp.conformance.ogcapi;

import static eu.emso.dmp.conformance.ogcapi.OgcApiClient.links;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.conformance.sta11.support.LoadedServerTest;
import eu.emso.dmp.conformance.sta11.support.OceanDataSet;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OGC API - Features - Part 1, conformance class Core (OGC 17-069r4, Annex A.2), as
 * {@code ets-ogcapi-features10} tests it: the collections it tests are the ones it finds in
 * {@code /collections} with an {@code items} link and no other {@code itemType} than
 * {@code feature}, which here includes the EDR collections.
 */
class FeaturesCoreTest extends LoadedServerTest {
    private static final String CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    private static final String HTML = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html";
    private static OgcApiClient api;
    private static List<String> mediaTypes;

    @BeforeAll
    static void client() {
        api = new OgcApiClient(URI.create(server.process().baseUrl() + "/ogcapi"));
        JsonNode conformance = api.get("/conformance").json();
        mediaTypes = new ArrayList<>(List.of("application/json"));
        if (conformance.path("conformsTo").toString().contains(HTML)) {
            mediaTypes.add("text/html");
        }
    }

    /** The collections the suite tests as feature collections. */
    private static List<JsonNode> featureCollections() {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : api.get("/collections").json().path("collections")) {
            String itemType = c.path("itemType").asText("");
            if ((itemType.isEmpty() || itemType.equals("feature")) && !links(c, "items").isEmpty()) {
                out.add(c);
            }
        }
        assertThat(out).as("feature collections").isNotEmpty();
        return out;
    }

    /** /conf/core/fc-links and friends: self, an alternate per other media type, rel and type on each. */
    private static void selfAndAlternates(JsonNode doc, String selfType, String what) {
        assertThat(links(doc, "self")).as(what + ": a self link").hasSize(1);
        assertThat(links(doc, "self").get(0).path("type").asText()).as(what + ": self type").isEqualTo(selfType);
        Set<String> alternates = new HashSet<>();
        links(doc, "alternate").forEach(l -> alternates.add(l.path("type").asText()));
        for (String t : mediaTypes) {
            if (!selfType.startsWith(t) && !(t.equals("application/json") && selfType.equals("application/geo+json"))) {
                assertThat(alternates).as(what + ": an alternate link for " + t).contains(t);
            }
        }
        for (JsonNode l : doc.path("links")) {
            String rel = l.path("rel").asText();
            if (rel.equals("self") || rel.equals("alternate")) {
                assertThat(l.has("type")).as(what + ": link " + l + " has a type").isTrue();
            }
        }
    }

    @Test
    @DisplayName("/conf/core/root-op, /conf/core/root-success: the landing page links the API, conformance and data")
    void landingPage() {
        OgcApiClient.Answer a = api.get("");
        assertThat(a.status()).isEqualTo(200);
        JsonNode doc = a.json();
        for (String rel : List.of("service-desc", "conformance", "data")) {
            assertThat(links(doc, rel)).as("landing page link " + rel).isNotEmpty();
        }
        selfAndAlternates(doc, "application/json", "landing page");
    }

    @Test
    @DisplayName("/conf/core/api-definition-op, -success: the service-desc link answers an OpenAPI 3.0 document")
    void apiDefinition() {
        JsonNode desc = links(api.get("").json(), "service-desc").get(0);
        OgcApiClient.Answer a = api.getUrl(desc.path("href").asText(), desc.path("type").asText());
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("openapi").asText()).startsWith("3.0");
        assertThat(a.json().path("paths").has("/collections/{collectionId}/items")).isTrue();
    }

    @Test
    @DisplayName("/conf/core/conformance-op, -success: conformsTo lists Core")
    void conformance() {
        JsonNode doc = api.get("/conformance").json();
        List<String> uris = new ArrayList<>();
        doc.path("conformsTo").forEach(u -> uris.add(u.asText()));
        assertThat(uris).contains(CORE);
    }

    @Test
    @DisplayName("/conf/core/fc-md-op, -success, -links: /collections has self and alternates, collections, CRS84 first")
    void collections() {
        OgcApiClient.Answer a = api.get("/collections");
        assertThat(a.status()).isEqualTo(200);
        selfAndAlternates(a.json(), "application/json", "/collections");
        for (JsonNode c : a.json().path("collections")) {
            assertThat(c.path("id").asText()).isNotBlank();
            if (c.has("crs")) {
                assertThat(c.path("crs").get(0).asText()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
            }
        }
    }

    @Test
    @DisplayName("/conf/core/sfc-md-op, -success: /collections/{id} is the collection as listed, with its links")
    void oneCollection() {
        for (JsonNode c : featureCollections()) {
            String id = c.path("id").asText();
            OgcApiClient.Answer a = api.get("/collections/" + id);
            assertThat(a.status()).as(id).isEqualTo(200);
            assertThat(a.json().path("id").asText()).isEqualTo(id);
            selfAndAlternates(a.json(), "application/json", "/collections/" + id);
            JsonNode bbox = a.json().path("extent").path("spatial").path("bbox").path(0);
            if (!bbox.isMissingNode()) {
                assertThat(bbox.size()).as(id + " extent bbox").isIn(4, 6);
            }
        }
    }

    @Test
    @DisplayName("/conf/core/fc-op, /conf/core/fc-response, /conf/core/fc-links, /conf/core/fc-timeStamp, "
            + "/conf/core/fc-numberReturned, /conf/core/crs84: each collection's items")
    void items() {
        for (JsonNode c : featureCollections()) {
            String id = c.path("id").asText();
            Instant before = Instant.now().minusSeconds(1);
            OgcApiClient.Answer a = api.getUrl(links(c, "items").get(0).path("href").asText(), "application/geo+json");
            assertThat(a.status()).as(id).isEqualTo(200);
            assertThat(a.contentType()).as(id + " /conf/geojson/content").startsWith("application/geo+json");
            JsonNode fc = a.json();
            assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
            assertThat(fc.path("features").isArray()).isTrue();
            selfAndAlternates(fc, "application/geo+json", id + " items");
            if (fc.has("timeStamp")) {
                Instant t = Instant.parse(fc.path("timeStamp").asText());
                assertThat(t).as(id + " timeStamp").isBetween(before, Instant.now().plusSeconds(1));
            }
            if (fc.has("numberReturned")) {
                assertThat(fc.path("numberReturned").asInt()).isEqualTo(fc.path("features").size());
            }
            for (JsonNode f : fc.path("features")) {
                inCrs84(f.path("geometry"), id);
            }
        }
    }

    @Test
    @DisplayName("/conf/core/fc-limit-response, /conf/core/fc-links (next): pages of one feature walk the whole collection")
    void limitAndNextLinks() {
        for (JsonNode c : featureCollections()) {
            String id = c.path("id").asText();
            Set<String> all = ids(api.get("/collections/" + id + "/items").json());
            Set<String> walked = new HashSet<>();
            JsonNode page = api.get("/collections/" + id + "/items?limit=1").json();
            int pages = 0;
            while (true) {
                assertThat(page.path("features").size()).as(id + ": at most limit features").isLessThanOrEqualTo(1);
                for (String f : ids(page)) {
                    assertThat(walked.add(f)).as(id + ": feature " + f + " on one page only").isTrue();
                }
                List<JsonNode> n = links(page, "next");
                if (n.isEmpty() || ++pages > all.size()) {
                    break;
                }
                page = api.getUrl(n.get(0).path("href").asText(), "application/geo+json").json();
            }
            assertThat(walked).as(id + ": the pages hold every feature").isEqualTo(all);
        }
    }

    @Test
    @DisplayName("/conf/core/fc-bbox-response: only features intersecting the bbox; a bad bbox is 400")
    void bbox() {
        OceanDataSet.Position obsea = OceanDataSet.OBSEA_POINT;
        String box = (obsea.longitude() - 0.5) + "," + (obsea.latitude() - 0.5) + "," + (obsea.longitude() + 0.5) + "," + (obsea.latitude() + 0.5);
        for (JsonNode c : featureCollections()) {
            String id = c.path("id").asText();
            JsonNode fc = api.get("/collections/" + id + "/items?bbox=" + box).json();
            for (JsonNode f : fc.path("features")) {
                JsonNode xy = f.path("geometry").path("coordinates");
                if (f.path("geometry").path("type").asText().equals("Point")) {
                    assertThat(Math.abs(xy.get(0).asDouble() - obsea.longitude())).as(id).isLessThanOrEqualTo(0.5);
                    assertThat(Math.abs(xy.get(1).asDouble() - obsea.latitude())).as(id).isLessThanOrEqualTo(0.5);
                }
            }
            assertThat(api.get("/collections/" + id + "/items?bbox=1,2,3").status())
                    .as(id + " /conf/core/query-param-invalid").isEqualTo(400);
        }
    }

    @Test
    @DisplayName("/conf/core/fc-time-response: datetime selects; a bad datetime is 400")
    void datetime() {
        for (JsonNode c : featureCollections()) {
            String id = c.path("id").asText();
            assertThat(api.get("/collections/" + id + "/items?datetime=2017-02-01T00:00:00Z/..").status())
                    .as(id).isEqualTo(200);
            assertThat(api.get("/collections/" + id + "/items?datetime=yesterday").status())
                    .as(id + " /conf/core/query-param-invalid").isEqualTo(400);
        }
    }

    @Test
    @DisplayName("/conf/core/query-param-unknown: an unknown parameter is 400; an unknown collection 404")
    void unknownParameterAndCollection() {
        for (JsonNode c : featureCollections()) {
            assertThat(api.get("/collections/" + c.path("id").asText() + "/items?colour=blue").status()).isEqualTo(400);
        }
        assertThat(api.get("/collections/no-such-collection/items").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("/conf/core/f-op, /conf/core/f-success, /conf/core/f-links: each feature by its id")
    void oneFeature() {
        for (JsonNode c : featureCollections()) {
            String id = c.path("id").asText();
            for (JsonNode f : api.get("/collections/" + id + "/items").json().path("features")) {
                String fid = f.path("id").asText();
                OgcApiClient.Answer a = api.getUrl(links(f, "self").get(0).path("href").asText(), "application/geo+json");
                assertThat(a.status()).as(id + "/" + fid).isEqualTo(200);
                JsonNode one = a.json();
                assertThat(one.path("type").asText()).isEqualTo("Feature");
                assertThat(one.path("id").asText()).isEqualTo(fid);
                selfAndAlternates(one, "application/geo+json", id + "/items/" + fid);
                assertThat(links(one, "collection")).as(id + "/" + fid + " collection link").isNotEmpty();
            }
            assertThat(api.get("/collections/" + id + "/items/999999999").status()).isEqualTo(404);
        }
    }

    @Test
    @DisplayName("/conf/html/content: every resource answers HTML when asked")
    void html() {
        for (String path : List.of("", "/conformance", "/collections", "/collections/things", "/collections/things/items")) {
            OgcApiClient.Answer a = api.getUrl(api.get("").url() + path, "text/html");
            assertThat(a.status()).as(path).isEqualTo(200);
            assertThat(a.contentType()).as(path).startsWith("text/html");
            assertThat(a.body()).as(path).containsIgnoringCase("<html");
        }
    }

    private static Set<String> ids(JsonNode fc) {
        Set<String> out = new HashSet<>();
        fc.path("features").forEach(f -> out.add(f.path("id").asText()));
        return out;
    }

    private static void inCrs84(JsonNode geometry, String collection) {
        if (geometry.isNull() || geometry.isMissingNode()) {
            return;
        }
        List<double[]> points = new ArrayList<>();
        collect(geometry.path("coordinates"), points);
        for (double[] p : points) {
            assertThat(p[0]).as(collection + " longitude").isBetween(-180.0, 180.0);
            assertThat(p[1]).as(collection + " latitude").isBetween(-90.0, 90.0);
        }
    }

    private static void collect(JsonNode coords, List<double[]> out) {
        if (coords.isArray() && coords.size() >= 2 && coords.get(0).isNumber()) {
            out.add(new double[] {coords.get(0).asDouble(), coords.get(1).asDouble()});
        } else {
            coords.forEach(c -> collect(c, out));
        }
    }
}
