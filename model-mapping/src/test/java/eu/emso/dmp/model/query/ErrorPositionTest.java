package eu.emso.dmp.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed filters give a QueryException with the 0-based position and what was expected and found. */
class ErrorPositionTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "name eq 'a' and                | $filter: expected an expression at position 15 but found end of input",
        "(name eq 'a' and result gt 1   | $filter: expected ')' at position 28 but found end of input",
        "(a eq 1 b)                     | $filter: expected ')' at position 8 but found 'b'",
        "name eq 'abc                   | $filter: unterminated string literal at position 8",
        "name # 1                       | $filter: unexpected character '#' at position 5",
        "eq 1                           | $filter: expected an expression at position 0 but found 'eq'",
        "name eq 1)                     | $filter: expected an operator or end of input at position 9 but found ')'",
        "name eq 1 2                    | $filter: expected an operator or end of input at position 10 but found '2'",
        "not                            | $filter: expected an expression at position 3 but found end of input",
        "a eq ,                         | $filter: expected an expression at position 5 but found ','",
        "a eq \"x\"                     | $filter: unexpected character '\"' at position 5",
        "a eq 2015-01-01T10:00:00       | $filter: malformed number or date-time '2015-01-01T10:00:00' at position 5",
        "time eq 2015-02-30T00:00:00Z   | $filter: invalid date-time '2015-02-30T00:00:00Z' at position 8",
        "x eq blob'00'                  | $filter: unknown literal type 'blob' at position 5",
    })
    void messageNamesPositionExpectedAndFound(String filter, String message) {
        assertThatThrownBy(() -> QueryParser.parseFilter(filter))
                .isInstanceOf(QueryException.class)
                .hasMessage(message);
    }

    @Test
    void unencodedPlusInAnOffsetGetsAHint() {
        assertThat(catchQuery("phenomenonTime gt 2015-01-01T01:00:00 01:00").getMessage())
                .isEqualTo("$filter: malformed number or date-time '2015-01-01T01:00:00' "
                        + "(a '+' offset must be sent URL-encoded as %2B) at position 18");
    }

    @Test
    void emptyFilter() {
        QueryException e = catchQuery("");
        assertThat(e.option()).isEqualTo("$filter");
        assertThat(e.position()).isZero();
        assertThat(e.detail()).isEqualTo("expected an expression at position 0 but found end of input");
    }

    @Test
    void positionOfTheSecondIntervalInstant() {
        assertThat(catchQuery("t eq 2015-01-01T00:00:00Z/2015-01-32T00:00:00Z").position()).isEqualTo(26);
    }

    @Test
    void deepNestingIsAQueryErrorNotAStackOverflow() {
        String deep = "(".repeat(5000) + "a" + ")".repeat(5000);
        assertThat(catchQuery(deep).getMessage()).contains("nested too deeply");
        assertThat(catchQuery("not ".repeat(5000) + "a").getMessage()).contains("nested too deeply");
        assertThat(catchQuery("-".repeat(5000) + "a").getMessage()).contains("nested too deeply");
    }

    @Test
    void moderateNestingIsFine() {
        String nested = "(".repeat(50) + "a eq 1" + ")".repeat(50);
        assertThat(Exprs.format(QueryParser.parseFilter(nested))).isEqualTo("(eq a 1)");
    }

    private static QueryException catchQuery(String filter) {
        try {
            QueryParser.parseFilter(filter);
        } catch (QueryException e) {
            return e;
        }
        throw new AssertionError("no QueryException for " + filter);
    }
}
