package eu.emso.dmp.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Built-in functions of OGC 18-088 section 9.3.3.5.2: names, arities and argument parsing. */
class FunctionTest {

    private static final String POINT = "geography'POINT(1 2)'";

    static Stream<Arguments> calls() {
        return Stream.of(
            Arguments.of("substringof('EGIM', name)", "(substringof 'EGIM' name)"),
            Arguments.of("endswith(name, 'CTD')", "(endswith name 'CTD')"),
            Arguments.of("startswith(name, 'SBE')", "(startswith name 'SBE')"),
            Arguments.of("contains(description, 'oxygen')", "(contains description 'oxygen')"),
            Arguments.of("length(name)", "(length name)"),
            Arguments.of("indexof(name, 'x')", "(indexof name 'x')"),
            Arguments.of("substring(name, 1)", "(substring name 1)"),
            Arguments.of("substring(name, 1, 2)", "(substring name 1 2)"),
            Arguments.of("tolower(name)", "(tolower name)"),
            Arguments.of("toupper(name)", "(toupper name)"),
            Arguments.of("trim(name)", "(trim name)"),
            Arguments.of("concat(concat(name, ', '), description)", "(concat (concat name ', ') description)"),
            Arguments.of("year(resultTime)", "(year resultTime)"),
            Arguments.of("month(resultTime)", "(month resultTime)"),
            Arguments.of("day(resultTime)", "(day resultTime)"),
            Arguments.of("hour(resultTime)", "(hour resultTime)"),
            Arguments.of("minute(resultTime)", "(minute resultTime)"),
            Arguments.of("second(resultTime)", "(second resultTime)"),
            Arguments.of("fractionalseconds(resultTime)", "(fractionalseconds resultTime)"),
            Arguments.of("date(resultTime)", "(date resultTime)"),
            Arguments.of("time(resultTime)", "(time resultTime)"),
            Arguments.of("totaloffsetminutes(resultTime)", "(totaloffsetminutes resultTime)"),
            Arguments.of("now()", "(now)"),
            Arguments.of("mindatetime()", "(mindatetime)"),
            Arguments.of("maxdatetime( )", "(maxdatetime)"),
            Arguments.of("round(result)", "(round result)"),
            Arguments.of("floor(result)", "(floor result)"),
            Arguments.of("ceiling(result)", "(ceiling result)"),
            Arguments.of("geo.distance(location, " + POINT + ")", "(geo.distance location " + POINT + ")"),
            Arguments.of("geo.length(location)", "(geo.length location)"),
            Arguments.of("geo.intersects(location, " + POINT + ")", "(geo.intersects location " + POINT + ")"),
            Arguments.of("st_equals(location, " + POINT + ")", "(st_equals location " + POINT + ")"),
            Arguments.of("st_disjoint(location, " + POINT + ")", "(st_disjoint location " + POINT + ")"),
            Arguments.of("st_touches(location, " + POINT + ")", "(st_touches location " + POINT + ")"),
            Arguments.of("st_within(location, " + POINT + ")", "(st_within location " + POINT + ")"),
            Arguments.of("st_overlaps(location, " + POINT + ")", "(st_overlaps location " + POINT + ")"),
            Arguments.of("st_crosses(location, " + POINT + ")", "(st_crosses location " + POINT + ")"),
            Arguments.of("st_intersects(location, " + POINT + ")", "(st_intersects location " + POINT + ")"),
            Arguments.of("st_contains(location, " + POINT + ")", "(st_contains location " + POINT + ")"),
            Arguments.of("st_relate(location, " + POINT + ", 'T********')",
                    "(st_relate location " + POINT + " 'T********')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void everyFunctionParses(String call, String expected) {
        assertThat(Exprs.format(QueryParser.parseFilter(call))).isEqualTo(expected);
    }

    @Test
    void everyKnownFunctionIsCovered() {
        assertThat(calls().map(a -> ((String) a.get()[0]).substring(0, ((String) a.get()[0]).indexOf('('))))
                .containsAll(Functions.names());
    }

    @Test
    void functionNamesAreLowerCased() {
        assertThat(QueryParser.parseFilter("ToLower(name) eq 'a'"))
                .isEqualTo(QueryParser.parseFilter("tolower(name) eq 'a'"));
        assertThat(((Expr.Call) QueryParser.parseFilter("GEO.DISTANCE(location, " + POINT + ")")).function())
                .isEqualTo("geo.distance");
    }

    @Test
    void callsCombineWithOperators() {
        assertThat(Exprs.format(QueryParser.parseFilter(
                "geo.distance(location, " + POINT + ") lt 0.5 and year(phenomenonTime) add 1 eq 2016")))
                .isEqualTo("(and (lt (geo.distance location " + POINT + ") 0.5) (eq (add (year phenomenonTime) 1) 2016))");
    }

    @Test
    void unknownFunctionReportsItsPosition() {
        assertThatThrownBy(() -> QueryParser.parseFilter("name eq foo(name)"))
                .isInstanceOf(QueryException.class)
                .hasMessage("$filter: unknown function 'foo' at position 8");
    }

    @Test
    void wrongArityReportsTheFunctionPosition() {
        assertThatThrownBy(() -> QueryParser.parseFilter("x eq length(name, 2)"))
                .isInstanceOf(QueryException.class)
                .hasMessage("$filter: function 'length' takes 1 argument but got 2 at position 5");
        assertThatThrownBy(() -> QueryParser.parseFilter("substring(name)"))
                .hasMessage("$filter: function 'substring' takes 2 or 3 arguments but got 1 at position 0");
        assertThatThrownBy(() -> QueryParser.parseFilter("now(1) gt x"))
                .hasMessage("$filter: function 'now' takes 0 arguments but got 1 at position 0");
        assertThatThrownBy(() -> QueryParser.parseFilter("st_within(location)"))
                .isInstanceOf(QueryException.class);
    }

    @Test
    void stRelateNeedsAPatternStringAsThirdArgument() {
        assertThatThrownBy(() -> QueryParser.parseFilter("st_relate(location, " + POINT + ", name)"))
                .isInstanceOf(QueryException.class)
                .extracting(e -> ((QueryException) e).position()).isEqualTo(43);
        assertThatThrownBy(() -> QueryParser.parseFilter("st_relate(location, " + POINT + ", 'T*')"))
                .isInstanceOf(QueryException.class);
    }

    @Test
    void missingCommaOrParenthesisIsReported() {
        assertThatThrownBy(() -> QueryParser.parseFilter("endswith(name 'x')"))
                .hasMessage("$filter: expected ',' or ')' at position 14 but found ''x''");
        assertThatThrownBy(() -> QueryParser.parseFilter("endswith(name, 'x'"))
                .hasMessage("$filter: expected ',' or ')' at position 18 but found end of input");
    }
}
