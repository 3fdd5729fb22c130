package eu.emso.dmp.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** $orderby (OGC 18-088 section 9.3.3.3) and $select (section 9.3.2.2). */
class OrderBySelectTest {

    private static String render(List<OrderBy> items) {
        return String.join(", ", items.stream()
                .map(o -> Exprs.format(o.expr()) + (o.descending() ? " desc" : " asc")).toList());
    }

    @Test
    void orderByDefaultsToAscending() {
        assertThat(QueryParser.parseOrderBy("phenomenonTime"))
                .containsExactly(new OrderBy(new Expr.Path(List.of("phenomenonTime")), false));
    }

    @Test
    void orderByListWithDirections() {
        assertThat(render(QueryParser.parseOrderBy("phenomenonTime desc, result ASC,id")))
                .isEqualTo("phenomenonTime desc, result asc, id asc");
    }

    @Test
    void orderByAcceptsExpressions() {
        assertThat(render(QueryParser.parseOrderBy("geo.distance(location, geography'POINT(1 2)') desc, result mul 2")))
                .isEqualTo("(geo.distance location geography'POINT(1 2)') desc, (mul result 2) asc");
        assertThat(render(QueryParser.parseOrderBy("Datastream/Thing/properties/site desc")))
                .isEqualTo("Datastream/Thing/properties/site desc");
    }

    @Test
    void orderByErrors() {
        assertThatThrownBy(() -> QueryParser.parseOrderBy("name sideways"))
                .isInstanceOf(QueryException.class)
                .hasMessage("$orderby: expected 'asc', 'desc', an operator, ',' or end of input at position 5 but found 'sideways'");
        assertThatThrownBy(() -> QueryParser.parseOrderBy("name,"))
                .hasMessage("$orderby: expected an expression at position 5 but found end of input");
        assertThatThrownBy(() -> QueryParser.parseOrderBy(""))
                .hasMessage("$orderby: expected an expression at position 0 but found end of input");
        assertThatThrownBy(() -> QueryParser.parseOrderBy("name desc desc"))
                .extracting(e -> ((QueryException) e).position()).isEqualTo(10);
    }

    @Test
    void selectPaths() {
        assertThat(QueryParser.parseSelect("id, name,properties/depth,@iot.id,result/0"))
                .containsExactly(List.of("id"), List.of("name"), List.of("properties", "depth"),
                        List.of("@iot.id"), List.of("result", "0"));
    }

    @Test
    void selectErrors() {
        assertThatThrownBy(() -> QueryParser.parseSelect(""))
                .hasMessage("$select: expected a property name at position 0 but found end of input");
        assertThatThrownBy(() -> QueryParser.parseSelect("id,,name"))
                .hasMessage("$select: expected a property name at position 3 but found ','");
        assertThatThrownBy(() -> QueryParser.parseSelect("id name"))
                .hasMessage("$select: expected '/', ',' or end of input at position 3 but found 'name'");
        assertThatThrownBy(() -> QueryParser.parseSelect("length(name)"))
                .isInstanceOf(QueryException.class)
                .extracting(e -> ((QueryException) e).position()).isEqualTo(6);
    }

    @Test
    void selectedListsAreImmutable() {
        List<List<String>> select = QueryParser.parseSelect("properties/depth");
        assertThatThrownBy(() -> select.get(0).add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
