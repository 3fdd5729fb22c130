package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OGC 18-088 requirement class Filtering Extension, {@code req/request-data/filter}: the
 * comparison, logical and arithmetic operators of {@code $filter} (9.3.3.5.1) on text, numbers,
 * times, booleans and nulls, evaluated by PostgreSQL.
 */
class FilterComparisonTest {
    private static final String TAG = "filter-comparison";
    private static final StoreFixture DB = StoreFixture.get();
    private static long alpha;
    private static long beta;
    private static long gamma;
    private static long stream;
    private static long jan1;
    private static long jan2;
    private static long jan3to4;

    @BeforeAll
    static void createData() {
        alpha = thing("alpha", "{\"depth\": 20, \"active\": true, \"site\": \"OBSEA\"}");
        beta = thing("beta", "{\"depth\": 5.5, \"active\": false}");
        gamma = thing("gamma", "{}");
        stream = DB.datastream("comparison station", 1.75, 41.18);
        jan1 = DB.observe(stream, "2024-01-01T00:00:00Z", "1");
        jan2 = DB.observe(stream, "2024-01-02T00:00:00Z", "2.5");
        jan3to4 = DB.observe(stream, "2024-01-03T00:00:00Z/2024-01-04T00:00:00Z", "10");
    }

    private static long thing(String name, String properties) {
        return DB.create("Things", "{\"name\": \"" + name + "\", \"description\": \"" + TAG
                + "\", \"properties\": " + properties + "}");
    }

    private static List<Long> things(String filter) {
        return DB.ids("Things", "$filter", "(" + filter + ") and description eq '" + TAG + "'", "$orderby", "id");
    }

    private static List<Long> observations(String filter) {
        return DB.ids("Datastreams(" + stream + ")/Observations", "$filter", filter, "$orderby", "id");
    }

    @Test
    @DisplayName("req/request-data/filter: eq ne gt ge lt le on text compare by code point")
    void textComparisons() {
        assertThat(things("name eq 'alpha'")).containsExactly(alpha);
        assertThat(things("name ne 'alpha'")).containsExactly(beta, gamma);
        assertThat(things("name gt 'beta'")).containsExactly(gamma);
        assertThat(things("name ge 'beta'")).containsExactly(beta, gamma);
        assertThat(things("name lt 'beta'")).containsExactly(alpha);
        assertThat(things("name le 'beta'")).containsExactly(alpha, beta);
        assertThat(things("'alpha' eq name")).containsExactly(alpha);
    }

    @Test
    @DisplayName("req/request-data/filter: numbers inside properties compare as numbers")
    void numberComparisons() {
        assertThat(things("properties/depth eq 20")).containsExactly(alpha);
        assertThat(things("properties/depth gt 10")).containsExactly(alpha);
        assertThat(things("properties/depth ge 5.5")).containsExactly(alpha, beta);
        assertThat(things("properties/depth lt 10")).containsExactly(beta);
        assertThat(things("properties/depth le 20.0")).containsExactly(alpha, beta);
        assertThat(things("properties/depth ne 20")).containsExactly(beta);
        assertThat(things("5 lt properties/depth")).containsExactly(alpha, beta);
    }

    @Test
    @DisplayName("req/request-data/filter: results compare as numbers, not as their text")
    void resultsCompareNumerically() {
        assertThat(observations("result gt 2")).containsExactly(jan2, jan3to4);
        assertThat(observations("result lt 10")).containsExactly(jan1, jan2);
        assertThat(observations("result eq 2.5")).containsExactly(jan2);
    }

    @Test
    @DisplayName("req/request-data/filter: booleans inside properties")
    void booleanComparisons() {
        assertThat(things("properties/active eq true")).containsExactly(alpha);
        assertThat(things("properties/active eq false")).containsExactly(beta);
        assertThat(things("properties/active ne true")).containsExactly(beta);
        assertThat(things("properties/active")).containsExactly(alpha);
    }

    @Test
    @DisplayName("req/request-data/filter: eq null and ne null test for absence and presence")
    void nullTests() {
        assertThat(things("properties/depth eq null")).containsExactly(gamma);
        assertThat(things("properties/depth ne null")).containsExactly(alpha, beta);
        assertThat(things("properties/site eq null")).containsExactly(beta, gamma);
        assertThat(observations("resultTime eq null")).containsExactly(jan1, jan2, jan3to4);
    }

    @Test
    @DisplayName("req/request-data/filter: instants compare with times")
    void instantComparisons() {
        assertThat(observations("phenomenonTime eq 2024-01-01T00:00:00Z")).containsExactly(jan1);
        assertThat(observations("phenomenonTime lt 2024-01-02T00:00:00Z")).containsExactly(jan1);
        assertThat(observations("phenomenonTime le 2024-01-02T00:00:00Z")).containsExactly(jan1, jan2);
        assertThat(observations("phenomenonTime ge 2024-01-02T00:00:00Z")).containsExactly(jan2, jan3to4);
        assertThat(observations("phenomenonTime gt 2024-01-01T01:00:00+01:00")).containsExactly(jan2, jan3to4);
        assertThat(observations("phenomenonTime ne 2024-01-01T00:00:00Z")).containsExactly(jan2, jan3to4);
    }

    @Test
    @DisplayName("req/request-data/filter: an interval is before a time when it ends before it, after when it starts after")
    void intervalComparisons() {
        assertThat(observations("phenomenonTime lt 2024-01-03T12:00:00Z")).containsExactly(jan1, jan2);
        assertThat(observations("phenomenonTime gt 2024-01-03T12:00:00Z")).isEmpty();
        assertThat(observations("phenomenonTime le 2024-01-04T00:00:00Z")).containsExactly(jan1, jan2, jan3to4);
        assertThat(observations("phenomenonTime ge 2024-01-03T00:00:00Z")).containsExactly(jan3to4);
        assertThat(observations("phenomenonTime gt 2024-01-02T23:59:59Z")).containsExactly(jan3to4);
        assertThat(observations("phenomenonTime eq 2024-01-03T00:00:00Z/2024-01-04T00:00:00Z"))
                .containsExactly(jan3to4);
        assertThat(observations("2024-01-03T12:00:00Z gt phenomenonTime")).containsExactly(jan1, jan2);
        assertThat(observations("2024-01-03T12:00:00Z le phenomenonTime")).isEmpty();
        assertThat(observations("phenomenonTime lt 2024-01-02T12:00:00Z/2024-01-05T00:00:00Z"))
                .containsExactly(jan1, jan2);
        assertThat(observations("phenomenonTime ge 2024-01-01T12:00:00Z/2024-01-02T00:00:00Z"))
                .containsExactly(jan2, jan3to4);
        assertThat(observations("not (phenomenonTime lt 2024-01-03T12:00:00Z) and phenomenonTime ge 2024-01-01T00:00:00Z"))
                .containsExactly(jan3to4);
    }

    @Test
    @DisplayName("req/request-data/filter: a quoted time compared with a time property is a time")
    void quotedTimes() {
        assertThat(observations("phenomenonTime lt '2024-01-02T00:00:00Z'")).containsExactly(jan1);
    }

    @Test
    @DisplayName("req/request-data/filter: and binds tighter than or; parentheses and not change the grouping")
    void logicalOperators() {
        assertThat(things("name eq 'gamma' or name eq 'alpha' and properties/depth lt 10")).containsExactly(gamma);
        assertThat(things("(name eq 'gamma' or name eq 'alpha') and properties/depth lt 10")).isEmpty();
        assertThat(things("name eq 'alpha' or name eq 'beta'")).containsExactly(alpha, beta);
        assertThat(things("not (name eq 'alpha')")).containsExactly(beta, gamma);
        assertThat(things("not (name eq 'alpha' or name eq 'beta')")).containsExactly(gamma);
        assertThat(things("not (name eq 'alpha') and not (name eq 'beta')")).containsExactly(gamma);
    }

    @Test
    @DisplayName("req/request-data/filter: add sub mul div mod")
    void arithmetic() {
        assertThat(things("properties/depth add 5 eq 25")).containsExactly(alpha);
        assertThat(things("properties/depth sub 0.5 eq 5")).containsExactly(beta);
        assertThat(things("properties/depth mul 2 eq 11")).containsExactly(beta);
        assertThat(things("properties/depth div 4 eq 5")).containsExactly(alpha);
        assertThat(things("properties/depth mod 3 eq 2")).containsExactly(alpha);
        assertThat(observations("(result add 1) div 2 eq 1")).containsExactly(jan1);
        assertThat(observations("result div 2 eq 1.25")).containsExactly(jan2);
        assertThat(observations("result mul 2 sub 1 eq 19")).containsExactly(jan3to4);
    }

    @Test
    @DisplayName("req/request-data/filter: division and modulo by zero give no row rather than an error")
    void divisionByZero() {
        assertThatCode(() -> things("properties/depth div 0 eq 1")).doesNotThrowAnyException();
        assertThat(things("properties/depth div 0 eq 1")).isEmpty();
        assertThat(things("properties/depth mod 0 eq 0")).isEmpty();
        assertThat(observations("result div (result sub result) gt 0")).isEmpty();
    }
}
