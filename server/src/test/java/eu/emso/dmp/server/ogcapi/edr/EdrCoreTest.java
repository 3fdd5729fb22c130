package eu.emso.dmp.server.ogcapi.edr;

import static eu.emso.dmp.server.ogcapi.OgcApiServer.exception;
import static eu.emso.dmp.server.ogcapi.OgcApiServer.get;
import static eu.emso.dmp.server.ogcapi.OgcApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.server.ogcapi.OgcApiServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance classes Core, Collections, CoverageJSON and GeoJSON of OGC API - EDR 1.1
 * (OGC 19-086r6, http://www.opengis.net/spec/ogcapi-edr-1/1.1/conf/core ...), requirement by
 * requirement as ets-ogcapi-edr10 checks them.
 */
class EdrCoreTest {

    @Test
    @DisplayName("/req/core/conformance: conformsTo declares EDR core, collections, CoverageJSON and GeoJSON")
    void conformance() {
        String c = json("/conformance").toString();
        assertThat(c).contains("ogcapi-edr-1/1.1/conf/core", "ogcapi-edr-1/1.1/conf/collections",
                "ogcapi-edr-1/1.1/conf/covjson", "ogcapi-edr-1/1.1/conf/geojson");
    }

    @Test
    @DisplayName("/req/collections/rc-md-success: platforms and platform-{id} with extent, data_queries, parameter_names")
    void collections() {
        List<String> ids = new ArrayList<>();
        json("/collections").path("collections").forEach(c -> ids.add(c.path("id").asText()));
        assertThat(ids).contains("things", "platforms", "platform-" + obsea());
        JsonNode c = json("/collections/platform-" + obsea());
        assertThat(c.path("data_queries").has("position")).isTrue();
        assertThat(c.path("data_queries").path("radius").path("link").path("variables").path("within_units").size()).isEqualTo(3);
        JsonNode temp = c.path("parameter_names").path("TEMP");
        assertThat(temp.path("observedProperty").path("id").asText())
                .isEqualTo("http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/");
        assertThat(temp.path("unit").path("symbol").path("value").asText()).isEqualTo("Cel");
        assertThat(c.path("parameter_names").has("TEMP_qc")).isTrue();
        assertThat(c.path("extent").path("temporal").path("interval").get(0).get(0).asText()).isEqualTo("2014-02-01T00:00:00Z");
        assertThat(c.path("extent").path("spatial").path("bbox").get(0).get(0).asDouble()).isEqualTo(1.7527);
        exception("/collections/platform-99999", 404);
    }

    @Test
    @DisplayName("/req/edr/coords-response, /req/covjson/content: a position query answers a CoverageJSON PointSeries")
    void position() {
        JsonNode cov = json("/collections/platforms/position?coords=" + enc("POINT(1.7527 41.1819)"));
        assertThat(cov.path("type").asText()).isEqualTo("CoverageCollection");
        assertThat(cov.path("domainType").asText()).isEqualTo("PointSeries");
        assertThat(cov.path("coverages").size()).isEqualTo(2);
        JsonNode first = cov.path("coverages").get(0);
        assertThat(first.path("domain").path("axes").path("t").path("values").size()).isEqualTo(48);
        String param = first.path("ranges").fieldNames().next();
        assertThat(first.path("ranges").path(param).path("values").size()).isEqualTo(48);
        assertThat(first.path("ranges").path(param + "_qc").path("shape").get(0).asInt()).isEqualTo(48);
        assertThat(cov.path("parameters").has("TEMP")).isTrue();
        assertThat(json("/collections/platforms/position?coords=" + enc("POINT(0 0)")).path("coverages").size()).isZero();
    }

    @Test
    @DisplayName("/req/edr/datetime-response, /req/edr/parameters-names-response: datetime and parameter-name subset")
    void datetimeAndParameters() {
        JsonNode cov = json("/collections/platform-" + obsea() + "/position?coords=" + enc("POINT(1.7527 41.1819)")
                + "&parameter-name=TEMP&datetime=2014-02-01T00:00:00Z/2014-02-01T09:00:00Z");
        assertThat(cov.path("coverages").size()).isEqualTo(1);
        assertThat(cov.path("coverages").get(0).path("domain").path("axes").path("t").path("values").size()).isEqualTo(10);
        assertThat(cov.path("coverages").get(0).path("ranges").has("TEMP")).isTrue();
    }

    @Test
    @DisplayName("/req/edr/within-definition, area, cube, locations: the other query types select platforms")
    void otherQueries() {
        String radius = "/collections/platforms/radius?coords=" + enc("POINT(9.0 43.7)") + "&within=20&within-units=km";
        assertThat(json(radius).path("coverages").size()).isEqualTo(1);
        assertThat(json(radius.replace("within=20", "within=2")).path("coverages").size()).isZero();
        String area = "/collections/platforms/area?coords=" + enc("POLYGON((0 35,15 35,15 45,0 45,0 35))");
        assertThat(json(area).path("coverages").size()).isEqualTo(3);
        assertThat(json("/collections/platforms/cube?bbox=9,43,10,44").path("coverages").size()).isEqualTo(1);
        JsonNode locations = json("/collections/platforms/locations");
        assertThat(locations.path("features").size()).isEqualTo(3);
        JsonNode one = json("/collections/platforms/locations/" + obsea() + "?parameter-name=PSAL");
        assertThat(one.path("coverages").size()).isEqualTo(1);
        assertThat(json("/collections/platforms/items").path("features").size()).isEqualTo(3);
        assertThat(json("/collections/platforms/items/" + obsea()).path("properties").path("name").asText()).isEqualTo("OBSEA");
    }

    @Test
    @DisplayName("/req/edr/locations: the page and each location link to /locations, not to /items")
    void locationLinks() {
        String url = OgcApiServer.root() + "/collections/platforms";
        JsonNode page = json("/collections/platforms/locations");
        assertThat(link(page, "self")).isEqualTo(url + "/locations");
        for (JsonNode f : page.path("features")) {
            assertThat(link(f, "self")).isEqualTo(url + "/locations/" + f.path("id").asText());
            assertThat(json("/collections/platforms/locations/" + f.path("id").asText()).path("type").asText())
                    .as("the self link answers the location's series").isEqualTo("CoverageCollection");
        }
        JsonNode items = json("/collections/platforms/items");
        assertThat(link(items, "self")).isEqualTo(url + "/items");
        assertThat(link(items.path("features").get(0), "self")).startsWith(url + "/items/");
    }

    private static String link(JsonNode doc, String rel) {
        for (JsonNode l : doc.path("links")) {
            if (rel.equals(l.path("rel").asText())) {
                return l.path("href").asText().replaceFirst("\\?.*$", "");
            }
        }
        return null;
    }

    @Test
    @DisplayName("/req/geojson/content and CSV: the same values as GeoJSON and CSV, with QC flags")
    void geojsonAndCsv() {
        String q = "/collections/platform-" + obsea() + "/position?coords=" + enc("POINT(1.7527 41.1819)")
                + "&parameter-name=TEMP&datetime=2014-02-01T00:00:00Z/2014-02-01T04:00:00Z";
        JsonNode fc = json(q + "&f=geojson");
        assertThat(fc.path("features").size()).isEqualTo(5);
        assertThat(fc.path("features").get(0).path("properties").path("parameter").asText()).isEqualTo("TEMP");
        assertThat(fc.path("features").get(0).path("properties").has("qc_flag")).isTrue();
        HttpResponse<String> csv = get(q + "&f=csv", null);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(6);
        assertThat(csv.body()).startsWith("platform,parameter,datetime,value,qc_flag").contains("OBSEA,TEMP,2014-02-01T00:00:00Z,13.1,");
    }

    @Test
    @DisplayName("/req/html/content: a data query in HTML, for a browser, holds the same values in a table")
    void htmlForPeopleBrowsing() {
        String q = "/collections/platform-" + obsea() + "/position?coords=" + enc("POINT(1.7527 41.1819)")
                + "&parameter-name=TEMP&datetime=2014-02-01T00:00:00Z/2014-02-01T04:00:00Z";
        HttpResponse<String> html = get(q, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("<caption>TEMP</caption>")
                .contains("<td>2014-02-01T00:00:00Z</td><td>13.1</td>").endsWith("</html>\n");
        assertThat(html.body().split("<tr><td>", -1)).hasSize(6);
        assertThat(get(q + "&f=html", null).body()).isEqualTo(html.body());
        assertThat(json("/collections/platform-" + obsea()).path("data_queries").path("position").path("link")
                .path("variables").path("output_formats").toString()).contains("HTML");
    }

    @Test
    @DisplayName("QC flags as a filter: qc-flag selects values by their QARTOD flag")
    void qcFilter() {
        String q = "/collections/platform-" + obsea() + "/position?coords=" + enc("POINT(1.7527 41.1819)")
                + "&parameter-name=TEMP&f=csv";
        String all = get(q, null).body();
        int flagged = 0;
        for (String line : all.split("\r\n")) {
            if (line.contains(",2,1.7527")) {
                flagged++;
            }
        }
        int lines = get(q + "&qc-flag=2", null).body().split("\r\n").length - 1;
        assertThat(lines).isEqualTo(flagged);
        assertThat(get(q + "&qc-flag=3,4", null).body().split("\r\n").length - 1 + lines).isLessThanOrEqualTo(48);
        exception(q + "&qc-flag=good", 400);
    }

    @Test
    @DisplayName("Bad input answers 400/404 with an exception document, never 500")
    void badInput() {
        String base = "/collections/platforms/position?coords=";
        exception("/collections/platforms/position", 400);
        assertThat(exception(base + enc("POINT(1"), 400).path("description").asText()).contains("coords");
        exception(base + enc("POLYGON((0 0,1 0,1 1,0 0))"), 400);
        exception(base + enc("POINT(1 2)") + "&datetime=never", 400);
        assertThat(exception(base + enc("POINT(1 2)") + "&parameter-name=NOPE", 400).path("description").asText()).contains("NOPE");
        exception(base + enc("POINT(1 2)") + "&crs=EPSG:1", 400);
        exception(base + enc("POINT(1 2)") + "&z=deep", 400);
        exception(base + enc("POINT(1 2)") + "&f=xml", 400);
        exception("/collections/platforms/radius?coords=" + enc("POINT(1 2)") + "&within=-1&within-units=km", 400);
        exception("/collections/platforms/radius?coords=" + enc("POINT(1 2)") + "&within=1&within-units=parsec", 400);
        exception("/collections/platforms/cube", 400);
        exception("/collections/nothing/position?coords=" + enc("POINT(1 2)"), 404);
        exception("/collections/platforms/locations/abc", 404);
    }

    @Test
    @DisplayName("crs: EPSG:4326 coordinates are read latitude first")
    void crs() {
        String q = "/collections/platforms/position?crs=" + enc("http://www.opengis.net/def/crs/EPSG/0/4326")
                + "&coords=" + enc("POINT(41.1819 1.7527)");
        assertThat(json(q).path("coverages").size()).isEqualTo(2);
    }

    static String obsea() {
        return json("/collections/things/items?name=OBSEA").path("features").get(0).path("id").asText();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static {
        OgcApiServer.get();
    }
}
