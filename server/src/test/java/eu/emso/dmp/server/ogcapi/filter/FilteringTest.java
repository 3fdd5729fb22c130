package eu.emso.dmp.server.ogcapi.filter;

import static eu.emso.dmp.server.ogcapi.OgcApiServer.exception;
import static eu.emso.dmp.server.ogcapi.OgcApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conformance classes Queryables, Filter and Features Filter of OGC API - Features - Part 3
 * (OGC 19-079) with CQL2 text and JSON (OGC 21-065), compiled onto the same query engine as the
 * SensorThings {@code $filter}.
 */
class FilteringTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("/req/filter/filter-param, cql2-text: the platforms a CQL2 text filter selects")
    @CsvSource(delimiter = '|', value = {
        "name = 'OBSEA'|OBSEA",
        "name <> 'OBSEA' AND name <> 'W1M3A'|EMSO-Azores",
        "name LIKE 'W1%'|W1M3A",
        "name IN ('OBSEA', 'W1M3A')|OBSEA,W1M3A",
        "NOT (name LIKE '%A%')|",
        "S_INTERSECTS(geometry, BBOX(0, 40, 5, 42))|OBSEA",
        "S_INTERSECTS(geometry, POLYGON((-40 30, -20 30, -20 40, -40 40, -40 30)))|EMSO-Azores",
        "T_INTERSECTS(datetime, INTERVAL('2025-07-28T10:00:00Z', '2025-07-29T00:00:00Z'))|W1M3A",
        "description = 'EMSO platform OBSEA' OR name = 'W1M3A'|OBSEA,W1M3A",
        "name IS NULL|"})
    void cql2Text(String filter, String expected) {
        assertThat(names("/collections/things/items?filter=" + enc(filter)))
                .containsExactlyInAnyOrderElementsOf(expected == null ? List.of() : List.of(expected.split(",")));
    }

    @Test
    @DisplayName("/req/filter/filter-lang-param, cql2-json: the same conditions in CQL2 JSON")
    void cql2Json() {
        String json = "{\"op\":\"and\",\"args\":[{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},"
                + "{\"bbox\":[0,35,15,45]}]},{\"op\":\"like\",\"args\":[{\"property\":\"name\"},\"OB%\"]}]}";
        assertThat(names("/collections/things/items?filter-lang=cql2-json&filter=" + enc(json))).containsExactly("OBSEA");
        String between = "{\"op\":\"t_intersects\",\"args\":[{\"property\":\"datetime\"},"
                + "{\"interval\":[\"2014-02-01\",\"2014-02-02\"]}]}";
        assertThat(json("/collections/datastreams/items?filter-lang=cql2-json&filter=" + enc(between))
                .path("features").size()).isEqualTo(2);
        String point = "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[9,43],[10,43],[10,44],[9,44],[9,43]]]}]}";
        assertThat(names("/collections/things/items?filter-lang=cql2-json&filter=" + enc(point))).containsExactly("W1M3A");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("/req/filter/filter-param: a CQL2 syntax error answers 400 with its position")
    @CsvSource(delimiter = '|', value = {
        "name = |at position 7",
        "name == 'x'|at position 6",
        "(name = 'x'|at position 12",
        "name = 'x' AND|at position 15",
        "name LIKE|at position 10",
        "S_INTERSECTS(geometry, POINT(1))|at position 24",
        "name = 'unterminated|at position 8"})
    void syntaxErrors(String filter, String position) {
        JsonNode e = exception("/collections/things/items?filter=" + enc(filter), 400);
        assertThat(e.path("description").asText()).contains("filter").contains(position);
    }

    @Test
    @DisplayName("/req/filter/filter-param: unknown queryables, languages and bad JSON answer 400")
    void badFilters() {
        assertThat(exception("/collections/things/items?filter=" + enc("colour = 'red'"), 400)
                .path("description").asText()).contains("colour");
        exception("/collections/things/items?filter-lang=ecql&filter=" + enc("name = 'x'"), 400);
        exception("/collections/things/items?filter-lang=cql2-json&filter=" + enc("{\"op\":"), 400);
        exception("/collections/things/items?filter-lang=cql2-json&filter=" + enc("{\"op\":\"frobnicate\",\"args\":[1,2]}"), 400);
    }

    @Test
    @DisplayName("/req/queryables/get-queryables-op: queryables is a JSON Schema of the filterable properties")
    void queryables() {
        JsonNode q = json("/collections/things/queryables");
        assertThat(q.path("type").asText()).isEqualTo("object");
        assertThat(q.path("properties").has("name")).isTrue();
        assertThat(q.path("properties").has("geometry")).isTrue();
    }

    private static List<String> names(String path) {
        List<String> out = new ArrayList<>();
        json(path).path("features").forEach(f -> out.add(f.path("properties").path("name").asText()));
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
