package eu.emso.dmp.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** $expand with navigation paths and nested options (OGC 18-088 section 9.3.2.1). */
class ExpandTest {

    @Test
    void plainList() {
        List<Expand> expand = QueryParser.parseExpand("Datastreams, Thing/Locations,Sensor");
        assertThat(expand).extracting(Expand::path).containsExactly(
                List.of("Datastreams"), List.of("Thing", "Locations"), List.of("Sensor"));
        assertThat(expand).extracting(Expand::options).containsOnly(QueryOptions.none());
    }

    @Test
    void nestedOptionsApplyToTheLastSegment() {
        Expand e = QueryParser.parseExpand(
                "Datastreams($filter=name eq 'a';$expand=Observations($top=1;$orderby=phenomenonTime desc);$select=name)")
                .get(0);
        assertThat(e.path()).containsExactly("Datastreams");
        assertThat(Exprs.format(e.options().filter().orElseThrow())).isEqualTo("(eq name 'a')");
        assertThat(e.options().select()).containsExactly(List.of("name"));
        Expand observations = e.options().expand().get(0);
        assertThat(observations.path()).containsExactly("Observations");
        assertThat(observations.options().top()).hasValue(1);
        assertThat(observations.options().orderBy())
                .containsExactly(new OrderBy(new Expr.Path(List.of("phenomenonTime")), true));
    }

    @Test
    void pathWithOptions() {
        Expand e = QueryParser.parseExpand("Thing/Locations($select=location;$count=true;$skip=2)").get(0);
        assertThat(e.path()).containsExactly("Thing", "Locations");
        assertThat(e.options().count()).isTrue();
        assertThat(e.options().skip()).hasValue(2);
        assertThat(e.options().select()).containsExactly(List.of("location"));
    }

    @Test
    void deepNesting() {
        Expand e = QueryParser.parseExpand("Things($expand=Datastreams($expand=Observations($expand=FeatureOfInterest($select=id))))").get(0);
        Expand foi = e.options().expand().get(0).options().expand().get(0).options().expand().get(0);
        assertThat(foi.path()).containsExactly("FeatureOfInterest");
        assertThat(foi.options().select()).containsExactly(List.of("id"));
    }

    @Test
    void delimitersInsideStringsAndCallsDoNotEndAValue() {
        Expand e = QueryParser.parseExpand(
                "Datastreams($filter=name eq 'a;b)c' and substringof('(', description);$top=3),Thing").get(0);
        assertThat(Exprs.format(e.options().filter().orElseThrow()))
                .isEqualTo("(and (eq name 'a;b)c') (substringof '(' description))");
        assertThat(e.options().top()).hasValue(3);
    }

    @Test
    void errorPositionsAreOffsetsInTheWholeExpand() {
        String text = "Datastreams($expand=Observations($filter=result gt 1 foo))";
        assertThatThrownBy(() -> QueryParser.parseExpand(text))
                .isInstanceOf(QueryException.class)
                .hasMessage("$expand: expected an operator or end of input at position " + text.indexOf("foo")
                        + " but found 'foo'");
    }

    @Test
    void structuralErrors() {
        assertThatThrownBy(() -> QueryParser.parseExpand("Datastreams($top=1"))
                .hasMessage("$expand: expected ';' or ')' at position 18 but found end of input");
        assertThatThrownBy(() -> QueryParser.parseExpand("Datastreams($top=1;$top=2)"))
                .hasMessage("$expand: $top given more than once at position 19");
        assertThatThrownBy(() -> QueryParser.parseExpand("Datastreams($resultFormat=dataArray)"))
                .extracting(e -> ((QueryException) e).position()).isEqualTo(12);
        assertThatThrownBy(() -> QueryParser.parseExpand("Datastreams(top=1)"))
                .extracting(e -> ((QueryException) e).position()).isEqualTo(12);
        assertThatThrownBy(() -> QueryParser.parseExpand("Datastreams($top 1)"))
                .hasMessage("$expand: expected '=' at position 17 but found '1'");
        assertThatThrownBy(() -> QueryParser.parseExpand("Datastreams()"))
                .extracting(e -> ((QueryException) e).position()).isEqualTo(12);
        assertThatThrownBy(() -> QueryParser.parseExpand("Thing/"))
                .hasMessage("$expand: expected a navigation property name at position 6 but found end of input");
        assertThatThrownBy(() -> QueryParser.parseExpand(""))
                .hasMessage("$expand: expected a navigation property name at position 0 but found end of input");
        assertThatThrownBy(() -> QueryParser.parseExpand("Thing Locations"))
                .hasMessage("$expand: expected '(', '/', ',' or end of input at position 6 but found 'L'");
        assertThatThrownBy(() -> QueryParser.parseExpand("Datastreams($top=-1)"))
                .hasMessage("$expand: expected a non-negative integer at position 17 but found '-1'");
    }

    @Test
    void absurdNestingIsRefused() {
        String text = "A($expand=".repeat(40) + "B" + ")".repeat(40);
        assertThatThrownBy(() -> QueryParser.parseExpand(text))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("nested more than");
    }
}
