package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OGC 18-088 requirement {@code req/request-data/filter}, built-in query functions (9.3.3.5.2)
 * with OData 4.0 semantics: string functions with 0-based positions, date and time parts in UTC,
 * and rounding half away from zero.
 */
class FilterFunctionTest {
    private static final String TAG = "filter-function";
    private static final StoreFixture DB = StoreFixture.get();
    private static long buoy;
    private static long padded;
    private static long zurich;
    private static long stream;
    private static long minus;
    private static long plus;
    private static long small;

    @BeforeAll
    static void createData() {
        buoy = thing("OBSEA Buoy");
        padded = thing("  padded  ");
        zurich = thing("Zürich Öl");
        stream = DB.datastream("function station", 1.75, 41.18);
        minus = DB.observe(stream, "2023-05-17T13:45:30.250Z", "-2.5");
        plus = DB.observe(stream, "2023-05-18T00:00:00Z", "2.5");
        small = DB.observe(stream, "2023-12-31T23:59:59Z", "1.4");
    }

    private static long thing(String name) {
        return DB.create("Things", "{\"name\": \"" + name + "\", \"description\": \"" + TAG + "\"}");
    }

    private static List<Long> things(String filter) {
        return DB.ids("Things", "$filter", "(" + filter + ") and description eq '" + TAG + "'", "$orderby", "id");
    }

    private static List<Long> observations(String filter) {
        return DB.ids("Datastreams(" + stream + ")/Observations", "$filter", filter, "$orderby", "id");
    }

    @Test
    @DisplayName("substringof, contains, startswith, endswith")
    void substringTests() {
        assertThat(things("substringof('Buoy', name)")).containsExactly(buoy);
        assertThat(things("substringof('buoy', name)")).isEmpty();
        assertThat(things("contains(name, 'BS')")).containsExactly(buoy);
        assertThat(things("contains(name, 'add')")).containsExactly(padded);
        assertThat(things("startswith(name, 'OBS')")).containsExactly(buoy);
        assertThat(things("startswith(name, 'Buoy')")).isEmpty();
        assertThat(things("endswith(name, 'Buoy')")).containsExactly(buoy);
        assertThat(things("endswith(name, 'Bu')")).isEmpty();
        assertThat(things("endswith(name, '')")).containsExactly(buoy, padded, zurich);
    }

    @Test
    @DisplayName("length counts characters; indexof is 0-based and -1 when absent")
    void lengthAndIndexOf() {
        assertThat(things("length(name) eq 10")).containsExactly(buoy, padded);
        assertThat(things("indexof(name, 'Buoy') eq 6")).containsExactly(buoy);
        assertThat(things("indexof(name, 'OBSEA') eq 0")).containsExactly(buoy);
        assertThat(things("indexof(name, 'xyz') eq -1")).containsExactly(buoy, padded, zurich);
        assertThat(things("length(name) eq 9 and indexof(name, 'Öl') eq 7")).containsExactly(zurich);
    }

    @Test
    @DisplayName("substring with two and three arguments is 0-based")
    void substring() {
        assertThat(things("substring(name, 6) eq 'Buoy'")).containsExactly(buoy);
        assertThat(things("substring(name, 1, 4) eq 'BSEA'")).containsExactly(buoy);
        assertThat(things("substring(name, 0, 5) eq 'OBSEA'")).containsExactly(buoy);
        assertThat(things("substring(name, 20) eq ''")).containsExactly(buoy, padded, zurich);
        assertThat(things("substring(name, 1, 2) eq 'ür'")).containsExactly(zurich);
    }

    @Test
    @DisplayName("tolower, toupper, trim, concat")
    void caseTrimConcat() {
        assertThat(things("tolower(name) eq 'obsea buoy'")).containsExactly(buoy);
        assertThat(things("toupper(name) eq 'OBSEA BUOY'")).containsExactly(buoy);
        assertThat(things("trim(name) eq 'padded'")).containsExactly(padded);
        assertThat(things("concat(name, '!') eq 'OBSEA Buoy!'")).containsExactly(buoy);
        assertThat(things("concat(concat(trim(name), '/'), description) eq 'padded/" + TAG + "'"))
                .containsExactly(padded);
    }

    @Test
    @DisplayName("tolower and toupper map letters beyond ASCII")
    void unicodeCaseMapping() {
        assertThat(things("toupper(name) eq 'ZÜRICH ÖL'")).containsExactly(zurich);
        assertThat(things("tolower(name) eq 'zürich öl'")).containsExactly(zurich);
    }

    @Test
    @DisplayName("year, month, day, hour, minute, second, fractionalseconds in UTC")
    void dateParts() {
        assertThat(observations("year(phenomenonTime) eq 2023")).containsExactly(minus, plus, small);
        assertThat(observations("month(phenomenonTime) eq 5")).containsExactly(minus, plus);
        assertThat(observations("day(phenomenonTime) eq 17")).containsExactly(minus);
        assertThat(observations("hour(phenomenonTime) eq 13")).containsExactly(minus);
        assertThat(observations("minute(phenomenonTime) eq 45")).containsExactly(minus);
        assertThat(observations("second(phenomenonTime) eq 30")).containsExactly(minus);
        assertThat(observations("fractionalseconds(phenomenonTime) eq 0.25")).containsExactly(minus);
        assertThat(observations("fractionalseconds(phenomenonTime) eq 0")).containsExactly(plus, small);
        assertThat(observations("hour(phenomenonTime) eq 23 and second(phenomenonTime) eq 59"))
                .containsExactly(small);
    }

    @Test
    @DisplayName("date drops the time of day; now is the current time")
    void dateAndNow() {
        assertThat(observations("date(phenomenonTime) eq 2023-05-17")).containsExactly(minus);
        assertThat(observations("date(phenomenonTime) eq date(2023-05-17T23:00:00Z)")).containsExactly(minus);
        assertThat(observations("phenomenonTime lt now()")).containsExactly(minus, plus, small);
        assertThat(observations("phenomenonTime gt now()")).isEmpty();
    }

    @Test
    @DisplayName("round is half away from zero, also for negative numbers; floor and ceiling")
    void rounding() {
        assertThat(observations("round(result) eq 3")).containsExactly(plus);
        assertThat(observations("round(result) eq -3")).containsExactly(minus);
        assertThat(observations("round(result) eq 1")).containsExactly(small);
        assertThat(observations("floor(result) eq -3")).containsExactly(minus);
        assertThat(observations("floor(result) eq 2")).containsExactly(plus);
        assertThat(observations("ceiling(result) eq -2")).containsExactly(minus);
        assertThat(observations("ceiling(result) eq 2")).containsExactly(small);
    }
}
