package eu.emso.dmp.server.ogcapi;

import static eu.emso.dmp.server.ogcapi.OgcApiServer.get;
import static eu.emso.dmp.server.ogcapi.OgcApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance classes OpenAPI 3.0 and HTML of OGC API - Features - Part 1 (OGC 17-069r4,
 * /conf/oas30 and /conf/html), and the JSON/HTML negotiation by {@code f} and {@code Accept}.
 */
class OpenApiAndHtmlTest {

    @Test
    @DisplayName("/req/oas30/oas-definition-1: /api is OpenAPI 3.0 that swagger-parser reads without a message")
    void apiIsValidOpenApi() {
        HttpResponse<String> r = get("/api", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.oai.openapi+json");
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, null);
        assertThat(parsed.getMessages()).isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.0");
        assertThat(api.getPaths()).containsKeys("/", "/conformance", "/api", "/collections",
                "/collections/{collectionId}", "/collections/{collectionId}/items",
                "/collections/{collectionId}/items/{featureId}", "/collections/{collectionId}/queryables",
                "/collections/{collectionId}/position", "/collections/{collectionId}/area",
                "/collections/{collectionId}/radius", "/collections/{collectionId}/cube",
                "/collections/{collectionId}/locations", "/collections/{collectionId}/locations/{locationId}");
        assertThat(api.getServers().get(0).getUrl()).isEqualTo(OgcApiServer.root());
    }

    @Test
    @DisplayName("/req/oas30/oas-impl: every parameter of every path is defined, limit announces its maximum")
    void everyParameterIsDefined() {
        OpenAPI api = new OpenAPIV3Parser().readContents(get("/api", null).body(), null, null).getOpenAPI();
        api.getPaths().forEach((path, item) -> {
            for (Parameter p : item.getGet().getParameters()) {
                String name = p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1);
                assertThat(api.getComponents().getParameters()).as(path).containsKey(name);
                if (path.contains("{" + name + "}")) {
                    assertThat(api.getComponents().getParameters().get(name).getIn()).isEqualTo("path");
                }
            }
        });
        Parameter limit = api.getComponents().getParameters().get("limit");
        assertThat(limit.getSchema().getMaximum().intValue()).isEqualTo(10_000);
        assertThat(limit.getSchema().getDefault()).isEqualTo(100);
    }

    @Test
    @DisplayName("/req/html/definition, /req/html/content: every resource answers HTML for ?f=html and Accept text/html")
    void html() {
        for (String path : List.of("", "/conformance", "/collections", "/collections/things",
                "/collections/things/items", "/collections/things/queryables", "/api")) {
            HttpResponse<String> byF = get(path + (path.contains("?") ? "&" : "?") + "f=html", null);
            assertThat(byF.statusCode()).as(path).isEqualTo(200);
            assertThat(byF.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(byF.body()).startsWith("<!DOCTYPE html>").contains("</html>");
            HttpResponse<String> byAccept = get(path, "text/html,application/xhtml+xml;q=0.9");
            assertThat(byAccept.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
        }
        assertThat(get("/collections/things/items?f=html", null).body()).contains("OBSEA");
    }

    @Test
    @DisplayName("/req/geojson/definition: items answer application/geo+json by default and for ?f=json")
    void jsonByDefault() {
        assertThat(get("/collections/things/items", null).headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/geo+json");
        assertThat(get("/collections/things/items?f=json", "text/html").headers().firstValue("Content-Type")
                .orElse("")).startsWith("application/geo+json");
        assertThat(get("", "application/json").headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/json");
        assertThat(json("/collections").path("collections").size()).isGreaterThanOrEqualTo(3);
        OgcApiServer.exception("/collections?f=xml", 400);
    }
}
