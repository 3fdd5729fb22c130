package eu.emso.dmp.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** QueryParser.parse over a whole request's options (OGC 18-088 section 9.3). */
class QueryParserTest {

    private static QueryOptions parse(String... keyValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        return QueryParser.parse(params);
    }

    private static QueryException failure(String... keyValues) {
        try {
            parse(keyValues);
        } catch (QueryException e) {
            return e;
        }
        throw new AssertionError("no QueryException for " + List.of(keyValues));
    }

    @Test
    void noOptionsMeansNone() {
        assertThat(QueryParser.parse(Map.of())).isEqualTo(QueryOptions.none());
        assertThat(parse("page", "2", "format", "x")).isEqualTo(QueryOptions.none());
    }

    @Test
    void everyOptionIsParsed() {
        QueryOptions o = parse("$filter", "result gt 10", "$orderby", "phenomenonTime desc", "$top", "100",
                "$skip", "5000000000", "$count", "true", "$select", "result,phenomenonTime",
                "$expand", "Datastream", "$resultFormat", "dataArray", "$skiptoken", "k=42;t=(x)");
        assertThat(Exprs.format(o.filter().orElseThrow())).isEqualTo("(gt result 10)");
        assertThat(o.orderBy()).hasSize(1).allMatch(OrderBy::descending);
        assertThat(o.top()).hasValue(100);
        assertThat(o.skip()).hasValue(5_000_000_000L);
        assertThat(o.count()).isTrue();
        assertThat(o.select()).containsExactly(List.of("result"), List.of("phenomenonTime"));
        assertThat(o.expand()).extracting(Expand::path).containsExactly(List.of("Datastream"));
        assertThat(o.resultFormat()).contains("dataArray");
        assertThat(o.skipToken()).contains("k=42;t=(x)");
    }

    @Test
    void optionNamesMatchIgnoringCase() {
        assertThat(parse("$resultformat", "GeoJSON", "$TOP", "1").resultFormat()).isEqualTo(Optional.of("GeoJSON"));
        assertThat(failure("$top", "1", "$Top", "2").option()).isEqualTo("$top");
    }

    @Test
    void unknownOrRepeatedOptionsAreErrors() {
        QueryException unknown = failure("$format", "json");
        assertThat(unknown.option()).isEqualTo("$format");
        assertThat(unknown.position()).isEqualTo(-1);
        assertThat(failure("$filter", "a eq 1", "$filter", "b eq 2").getMessage())
                .isEqualTo("$filter: option given more than once");
        assertThatThrownBy(() -> QueryParser.parse(Map.of("$top", List.of())))
                .hasMessage("$top: option given without a value");
    }

    @Test
    void countIsTrueOrFalseOnly() {
        assertThat(parse("$count", "false").count()).isFalse();
        assertThat(failure("$count", "yes").getMessage())
                .isEqualTo("$count: expected 'true' or 'false' at position 0 but found 'yes'");
        assertThat(failure("$count", "1").option()).isEqualTo("$count");
    }

    @Test
    void topBounds() {
        assertThat(parse("$top", "0").top()).hasValue(0);
        assertThat(parse("$top", "2147483647").top()).hasValue(Integer.MAX_VALUE);
        assertThat(parse("$skip", "9223372036854775807").skip()).hasValue(Long.MAX_VALUE);
        assertThat(failure("$top", "2147483648").getMessage())
                .isEqualTo("$top: value '2147483648' is larger than 2147483647 at position 0");
        assertThat(failure("$skip", "9223372036854775808").option()).isEqualTo("$skip");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "+1", "1.0", " 1", "1 ", "", "ten", "0x10", "1e3"})
    void topAndSkipMustBeNonNegativeIntegers(String value) {
        assertThat(failure("$top", value).getMessage()).startsWith("$top: expected a non-negative integer at position 0");
        assertThat(failure("$skip", value).option()).isEqualTo("$skip");
    }

    @Test
    void resultFormatIsANonEmptyToken() {
        assertThat(failure("$resultFormat", "").option()).isEqualTo("$resultFormat");
        assertThat(failure("$resultFormat", "data Array").option()).isEqualTo("$resultFormat");
    }

    @Test
    void errorsNameTheOptionTheyCameFrom() {
        QueryException e = failure("$orderby", "name", "$filter", "name eq");
        assertThat(e.option()).isEqualTo("$filter");
        assertThat(e.position()).isEqualTo(7);
    }

    @Test
    void optionsAreCopiedOnConstruction() {
        List<OrderBy> order = new ArrayList<>(List.of(new OrderBy(new Expr.Path(List.of("id")), false)));
        QueryOptions o = new QueryOptions(Optional.empty(), order, java.util.OptionalInt.empty(),
                java.util.OptionalLong.empty(), false, List.of(), List.of(), Optional.empty(), Optional.empty());
        order.clear();
        assertThat(o.orderBy()).hasSize(1);
    }
}
