package eu.emso.dmp.server.ogcapi.crs;

import static eu.emso.dmp.server.ogcapi.OgcApiServer.exception;
import static eu.emso.dmp.server.ogcapi.OgcApiServer.get;
import static eu.emso.dmp.server.ogcapi.OgcApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance class CRS by Reference of OGC API - Features - Part 2 (OGC 18-058,
 * http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs).
 */
class CrsByReferenceTest {
    private static final String E4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    private static final String E3857 = "http://www.opengis.net/def/crs/EPSG/0/3857";

    @Test
    @DisplayName("/req/crs/fc-md-crs-list, /req/crs/fc-md-storageCrs: each collection lists its CRS")
    void crsList() {
        JsonNode c = json("/collections/things");
        List<String> crs = new ArrayList<>();
        c.path("crs").forEach(n -> crs.add(n.asText()));
        assertThat(crs).contains("http://www.opengis.net/def/crs/OGC/1.3/CRS84", E4326, E3857);
        assertThat(c.path("storageCrs").asText()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
    }

    @Test
    @DisplayName("/req/crs/fc-crs-action, /req/crs/ogc-crs-header: EPSG:4326 answers latitude first, with Content-Crs")
    void epsg4326() {
        var r = get("/collections/things/items?name=OBSEA&crs=" + E4326, null);
        assertThat(r.headers().firstValue("Content-Crs").orElse("")).isEqualTo("<" + E4326 + ">");
        JsonNode c = json("/collections/things/items?name=OBSEA&crs=" + E4326).path("features").get(0)
                .path("geometry").path("coordinates");
        assertThat(c.get(0).asDouble()).isEqualTo(41.1819);
        assertThat(c.get(1).asDouble()).isEqualTo(1.7527);
        assertThat(get("/collections/things/items?crs=" + E4326, null).headers().firstValue("Content-Crs"))
                .hasValue("<" + E4326 + ">");
    }

    @Test
    @DisplayName("/req/crs/fc-crs-action: EPSG:3857 answers Web Mercator metres (proj4j)")
    void webMercator() {
        JsonNode c = json("/collections/things/items/" + obseaId() + "?crs=" + E3857).path("geometry").path("coordinates");
        assertThat(c.get(0).asDouble()).isCloseTo(6378137 * Math.toRadians(1.7527), within(0.5));
        assertThat(c.get(1).asDouble()).isCloseTo(6378137 * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(41.1819) / 2)),
                within(0.5));
    }

    @Test
    @DisplayName("/req/crs/fc-bbox-crs-action: bbox-crs EPSG:4326 reads the box latitude first")
    void bboxCrs() {
        JsonNode fc = json("/collections/things/items?bbox=41,1,42,2&bbox-crs=" + E4326);
        assertThat(fc.path("features").size()).isEqualTo(1);
        assertThat(fc.path("features").get(0).path("properties").path("name").asText()).isEqualTo("OBSEA");
        assertThat(json("/collections/things/items?bbox=1,41,2,42&bbox-crs=" + E4326).path("features").size()).isZero();
    }

    @Test
    @DisplayName("/req/crs/fc-crs-valid-value, /req/crs/fc-bbox-crs-valid-value: an unknown CRS answers 400 naming it")
    void unknownCrs() {
        assertThat(exception("/collections/things/items?crs=EPSG:9999", 400).path("description").asText())
                .contains("crs").contains("EPSG:9999");
        exception("/collections/things/items?bbox=0,0,1,1&bbox-crs=urn:nothing", 400);
    }

    private static String obseaId() {
        return json("/collections/things/items?name=OBSEA").path("features").get(0).path("id").asText();
    }
}
