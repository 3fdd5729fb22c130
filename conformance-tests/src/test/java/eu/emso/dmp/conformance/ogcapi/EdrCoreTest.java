package eu.emso.dmp.conformance.ogcapi;

import static eu.emso.dmp.conformance.ogcapi.OgcApiClient.links;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.conformance.sta11.support.LoadedServerTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OGC API - EDR 1.1, conformance classes Core and Collections (OGC 19-086r6, Annex A), as
 * {@code ets-ogcapi-edr10} tests them: each collection with {@code data_queries} is described
 * with CRS84, a spatial and temporal extent, parameters that have a type and an observed
 * property, self, alternate and data links; and a position query built as the suite builds it
 * (the centre of the collection's bbox, its first parameter, its whole time extent, the CRS84 URI,
 * {@code f=CoverageJSON}) answers a coverage.
 */
class EdrCoreTest extends LoadedServerTest {
    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static OgcApiClient api;

    @BeforeAll
    static void client() {
        api = new OgcApiClient(URI.create(server.process().baseUrl() + "/ogcapi"));
    }

    private static List<JsonNode> edrCollections() {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : api.get("/collections").json().path("collections")) {
            if (c.has("data_queries")) {
                out.add(api.get("/collections/" + c.path("id").asText()).json());
            }
        }
        assertThat(out).as("EDR collections").isNotEmpty();
        return out;
    }

    @Test
    @DisplayName("/conf/core/conformance: conformsTo lists EDR Core and Collections")
    void conformance() {
        String conformsTo = api.get("/conformance").json().path("conformsTo").toString();
        assertThat(conformsTo).contains("http://www.opengis.net/spec/ogcapi-edr-1/1.1/conf/core",
                "http://www.opengis.net/spec/ogcapi-edr-1/1.1/conf/collections");
    }

    @Test
    @DisplayName("/conf/core/crs84, /conf/core/rc-extent: CRS84 offered, spatial bbox and temporal interval")
    void crsAndExtent() {
        for (JsonNode c : edrCollections()) {
            String id = c.path("id").asText();
            assertThat(c.path("crs").toString()).as(id + " crs").contains(CRS84);
            JsonNode bbox = c.path("extent").path("spatial").path("bbox").path(0);
            assertThat(bbox.size()).as(id + " bbox").isGreaterThanOrEqualTo(4);
            JsonNode interval = c.path("extent").path("temporal").path("interval").path(0);
            assertThat(interval.size()).as(id + " temporal interval").isEqualTo(2);
        }
    }

    @Test
    @DisplayName("/conf/edr/rc-parameters: unique parameters, each with type Parameter and an observedProperty label")
    void parameters() {
        for (JsonNode c : edrCollections()) {
            String id = c.path("id").asText();
            JsonNode names = c.path("parameter_names");
            assertThat(names.size()).as(id + " parameters").isPositive();
            names.fields().forEachRemaining(e -> {
                assertThat(e.getValue().path("type").asText()).as(id + "/" + e.getKey()).isEqualTo("Parameter");
                assertThat(e.getValue().path("observedProperty").path("label").isMissingNode())
                        .as(id + "/" + e.getKey() + " observedProperty.label").isFalse();
                String opId = e.getValue().path("observedProperty").path("id").asText(null);
                if (opId != null) {
                    assertThat(opId).as(id + "/" + e.getKey() + " observedProperty.id is a URI when given").isNotBlank();
                }
            });
        }
    }

    @Test
    @DisplayName("/conf/core/rc-collection-info-links, /conf/edr/rc-md-query-links: self, alternate and data links")
    void links() {
        for (JsonNode c : edrCollections()) {
            String id = c.path("id").asText();
            assertThat(OgcApiClient.links(c, "self")).as(id).isNotEmpty();
            assertThat(OgcApiClient.links(c, "alternate")).as(id).isNotEmpty();
            assertThat(OgcApiClient.links(c, "data")).as(id).isNotEmpty();
            JsonNode position = c.path("data_queries").path("position").path("link").path("variables");
            assertThat(position.path("output_formats").toString()).as(id).contains("CoverageJSON");
        }
    }

    @Test
    @DisplayName("/conf/position/...: the suite's own position query answers a coverage")
    void positionQueryAsTheSuiteBuildsIt() {
        for (JsonNode c : edrCollections()) {
            String id = c.path("id").asText();
            JsonNode bbox = c.path("extent").path("spatial").path("bbox").path(0);
            double x = bbox.get(0).asDouble() + (bbox.get(2).asDouble() - bbox.get(0).asDouble()) / 2;
            double y = bbox.get(1).asDouble() + (bbox.get(3).asDouble() - bbox.get(1).asDouble()) / 2;
            JsonNode interval = c.path("extent").path("temporal").path("interval").path(0);
            String parameter = c.path("parameter_names").fieldNames().next();
            String url = api.get("").url() + "/collections/" + id + "/position?parameter-name="
                    + URLEncoder.encode(parameter, StandardCharsets.UTF_8) + "&coords=POINT(" + x + "+" + y + ")&crs="
                    + CRS84 + "&f=CoverageJSON&datetime=" + interval.get(0).asText() + "/" + interval.get(1).asText();
            OgcApiClient.Answer a = api.getUrl(url, "*/*");
            assertThat(a.status()).as(url + ": " + a.body()).isEqualTo(200);
            assertThat(a.body()).as(url).contains("Coverage");
        }
    }

    @Test
    @DisplayName("/conf/edr/REQ_rc-coords-definition: a position query without or with bad coords is 400")
    void badCoords() {
        String id = edrCollections().get(0).path("id").asText();
        assertThat(api.get("/collections/" + id + "/position").status()).isEqualTo(400);
        assertThat(api.get("/collections/" + id + "/position?coords=POINT(a+b)").status()).isEqualTo(400);
        assertThat(api.get("/collections/" + id + "/position?coords=POINT(1+2)&parameter-name=NOPE").status())
                .isEqualTo(400);
    }
}
