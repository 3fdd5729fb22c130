package eu.emso.dmp.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request examples in the style of OGC 18-088 (SensorThings API 1.1) section 9.3. */
class StandardExamplesTest {

    private static String filter(String text) {
        return Exprs.format(QueryParser.parseFilter(text));
    }

    @Test
    void spatialFilterOnLocation() {
        assertThat(filter("geo.intersects(location, geography'POLYGON ((30 10, 10 20, 20 40, 40 40, 30 10))')"))
                .isEqualTo("(geo.intersects location geography'POLYGON ((30 10, 10 20, 20 40, 40 40, 30 10))')");
        assertThat(filter("st_within(HistoricalLocations/Locations/location, "
                + "geography'POLYGON((7.5 51.5, 7.5 53.5, 8.5 53.5, 8.5 51.5, 7.5 51.5))')"))
                .startsWith("(st_within HistoricalLocations/Locations/location geography'POLYGON((7.5 51.5");
    }

    @Test
    void filterAcrossNavigation() {
        assertThat(filter("Datastreams/Observations/result gt 10"))
                .isEqualTo("(gt Datastreams/Observations/result 10)");
        assertThat(filter("ObservedProperty/name eq 'TEMP' and result lt 10.00"))
                .isEqualTo("(and (eq ObservedProperty/name 'TEMP') (lt result 10.00))");
    }

    @Test
    void temporalFilter() {
        assertThat(filter("phenomenonTime gt 2017-02-01T14:10:34Z and phenomenonTime lt now()"))
                .isEqualTo("(and (gt phenomenonTime 2017-02-01T14:10:34Z) (lt phenomenonTime (now)))");
    }

    @Test
    void expandLatestObservationOfEachDatastream() {
        Expand datastreams = QueryParser.parseExpand(
                "Datastreams($expand=Observations($top=1;$orderby=phenomenonTime desc))").get(0);
        Expand observations = datastreams.options().expand().get(0);
        assertThat(observations.path()).containsExactly("Observations");
        assertThat(observations.options().top()).hasValue(1);
        assertThat(observations.options().orderBy())
                .containsExactly(new OrderBy(new Expr.Path(List.of("phenomenonTime")), true));
    }

    @Test
    void fullRequest() {
        QueryOptions o = QueryParser.parse(Map.of(
                "$expand", List.of("Datastreams/ObservedProperty,Locations"),
                "$select", List.of("id,name"),
                "$filter", List.of("substringof('OBSEA', name)"),
                "$top", List.of("5"), "$skip", List.of("5"), "$count", List.of("true")));
        assertThat(o.expand()).extracting(Expand::path)
                .containsExactly(List.of("Datastreams", "ObservedProperty"), List.of("Locations"));
        assertThat(o.select()).containsExactly(List.of("id"), List.of("name"));
        assertThat(Exprs.format(o.filter().orElseThrow())).isEqualTo("(substringof 'OBSEA' name)");
        assertThat(o.top()).hasValue(5);
        assertThat(o.skip()).hasValue(5);
        assertThat(o.count()).isTrue();
    }

    @Test
    void dataArrayRequest() {
        QueryOptions o = QueryParser.parse(Map.of("$resultFormat", List.of("dataArray"),
                "$select", List.of("result,phenomenonTime")));
        assertThat(o.resultFormat()).contains("dataArray");
        assertThat(o.select()).containsExactly(List.of("result"), List.of("phenomenonTime"));
    }
}
