package eu.emso.dmp.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.model.query.QueryException;
import eu.emso.dmp.model.query.QueryParser;
import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of the query language: random damage to well-formed {@code $filter},
 * {@code $orderby}, {@code $expand} and {@code $select} values, and plain noise, never gets
 * anything from the parser but a syntax tree or its own {@link QueryException}, and never a 5xx
 * through HTTP.
 */
class FilterFuzzTest {
    private static final List<String> FILTERS = List.of("name eq 'x'",
            "result gt 1.5 and phenomenonTime lt 2020-01-01T00:00:00Z",
            "substringof('a', name) or not (result le -3)", "geo.intersects(location, geography'POINT(1 2)')",
            "year(phenomenonTime) eq 2020", "Datastreams/Observations/result mul 2 ge 10",
            "length(name) add 1 sub 2 div 3 mod 4 eq 1", "properties/depth/value ne null",
            "st_within(location, geography'POLYGON((0 0, 1 0, 1 1, 0 0))')", "phenomenonTime ge 2020-01-01T00:00:00Z/P1D",
            "round(result) eq 1 and tolower(name) eq 'ctd' and trim(description) ne ''",
            "Thing/Locations/location eq geography'POINT(1 2)' or id in (1, 2, 3)", "resultTime sub duration'P1D' gt now()");
    private static final List<String> OTHERS = List.of("phenomenonTime desc, id", "Datastreams($filter=name eq 'a';$top=2;"
            + "$expand=Observations($orderby=phenomenonTime desc;$top=1;$select=result))", "Thing/Locations,Sensor",
            "id, name, properties/depth", "result asc, geo.distance(location, geography'POINT(1 2)') desc");
    private static TestServer server;

    @BeforeContainer
    static void start() {
        server = TestServer.start(null);
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Provide
    Arbitrary<String> filters() {
        return Mutations.of(FILTERS);
    }

    @Provide
    Arbitrary<String> options() {
        return Mutations.of(OTHERS);
    }

    @Property(tries = 3000)
    void aFilterParsesOrFailsWithTheParsersOwnException(@ForAll("filters") String text) {
        try {
            assertThat(QueryParser.parseFilter(text)).isNotNull();
        } catch (QueryException expected) {
            assertThat(expected.getMessage()).startsWith("$filter");
        }
    }

    @Property(tries = 3000)
    void otherOptionsParseOrFailWithTheParsersOwnException(@ForAll("options") String text) {
        for (String option : List.of("$orderby", "$expand", "$select", "$top", "$skip", "$count")) {
            try {
                QueryParser.parse(Map.of(option, List.of(text)));
            } catch (QueryException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Property(tries = 300)
    void noFilterIsAnswered5xx(@ForAll("filters") String text) {
        HttpResponse<String> r = server.get("/v1.1/Observations?$filter=" + BadInputSuiteTest.encode(text.replace("%", "%25")));
        assertThat(r.statusCode()).as(text + " -> " + r.body()).isLessThan(500);
    }

    @Property(tries = 300)
    void noOtherOptionIsAnswered5xx(@ForAll("options") String text) {
        String value = BadInputSuiteTest.encode(text.replace("%", "%25")).replace("&", "%26");
        for (String option : List.of("$orderby", "$expand", "$select")) {
            HttpResponse<String> r = server.get("/v1.1/Things?" + option + "=" + value);
            assertThat(r.statusCode()).as(option + "=" + text + " -> " + r.body()).isLessThan(500);
        }
    }
}
