package eu.emso.dmp.conformance.sta11.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.emso.dmp.conformance.sta11.support.LoadedServerTest;
import eu.emso.dmp.conformance.sta11.support.OceanDataSet;
import eu.emso.dmp.conformance.sta11.support.StaResponse;
import eu.emso.dmp.conformance.sta11.support.Values;

/**
 * Requirement {@code /req/request-data/filter} of OGC 18-088: the built-in functions with their
 * OData semantics (0-based string positions, rounding half away from zero), arithmetic and logical
 * operators with their precedence, JSON paths into {@code properties}, and paths across
 * navigation (to-one, and to-many with "any" semantics), evaluated on {@link OceanDataSet}.
 */
@DisplayName("/req/request-data/filter")
class FilterFunctionsTest extends LoadedServerTest {
    @ParameterizedTest(name = "Things?$filter={0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "indexof(name,'M3') eq 2 | W1M3A",
        "indexof(name,'OBSEA') eq 0 | OBSEA",
        "substring(name,1) eq 'BSEA' | OBSEA",
        "substring(name,1,2) eq '1M' | W1M3A",
        "startswith(name,'W1') | W1M3A",
        "endswith(name,'SEA') | OBSEA",
        "substringof('M3',name) | W1M3A",
        "length(name) eq 5 | OBSEA W1M3A",
        "tolower(name) eq 'obsea' | OBSEA",
        "toupper('w1m3a') eq name | W1M3A",
        "trim(concat('  ',name)) eq 'OBSEA' | OBSEA",
        "concat(concat(name,'-'),properties/operator) eq 'W1M3A-CNR' | W1M3A",
        "round(-2.5) eq -3 and round(2.5) eq 3 and round(-2.4) eq -2 | OBSEA W1M3A",
        "floor(-2.5) eq -3 and ceiling(-2.5) eq -2 | OBSEA W1M3A",
        "properties/depth gt 100 | W1M3A",
        "properties/operator eq 'UPC' | OBSEA",
        "properties/depth add 80 eq 100 | OBSEA",
        "Datastreams/ObservedProperty/name eq 'PSAL' | OBSEA",
        "Datastreams/name eq 'W1M3A TEMP' | W1M3A",
        "Datastreams/Observations/result eq 14.5 | W1M3A",
        "Datastreams/Observations/result lt 13.45 | OBSEA W1M3A",
        "Locations/name eq 'OBSEA seafloor' | OBSEA",
        "not (name eq 'OBSEA') | W1M3A",
    })
    @DisplayName("/req/request-data/filter: string, math and path functions on Things")
    void things(String filter, String expectedNames) {
        StaResponse r = ok("Things?$filter=" + filter);
        assertThat(Values.texts(r.value(), "name")).as(r.describe())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(expectedNames.split(" ")));
    }

    @ParameterizedTest(name = "OBSEA TEMP Observations?$filter={0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "year(phenomenonTime) eq 2017 and month(phenomenonTime) eq 2 and day(phenomenonTime) eq 1 | 24",
        "hour(phenomenonTime) ge 20 | 4",
        "minute(phenomenonTime) eq 0 and second(phenomenonTime) eq 0 | 24",
        "phenomenonTime lt now() | 24",
        "fractionalseconds(phenomenonTime) eq 0 and totaloffsetminutes(phenomenonTime) eq 0 | 24",
        "date(phenomenonTime) eq 2017-02-01 | 24",
        "date(phenomenonTime) eq date(2017-02-01T23:59:59Z) | 24",
        "time(phenomenonTime) eq time(2017-02-05T05:00:00Z) | 1",
        "time(phenomenonTime) ge 20:00:00 | 4",
        "phenomenonTime gt mindatetime() and phenomenonTime lt maxdatetime() | 24",
        "phenomenonTime ge 2017-02-01T12:00:00Z | 12",
        "phenomenonTime ge 2017-02-01T12:00:00.000+01:00 | 13",
        "result sub 1 mul 2 eq 11 | 1",
        "(result sub 1) mul 2 eq 25 | 1",
        "result div 2 eq 7 | 1",
        "result mod 1 eq 0.5 | 1",
        "result gt 14 or result lt 13.1 and hour(phenomenonTime) eq 0 | 4",
        "(result gt 14 or result lt 13.1) and hour(phenomenonTime) eq 0 | 1",
        "not (result lt 14) | 4",
        "round(result) eq 14 | 14",
        "floor(result) eq 13 | 20",
        "ceiling(result) eq 14 | 20",
        "Datastream/Thing/name eq 'OBSEA' | 24",
        "FeatureOfInterest/name eq 'W1M3A station' | 0",
        "Datastream/ObservedProperty/name eq 'TEMP' | 24",
    })
    @DisplayName("/req/request-data/filter: time functions, arithmetic and precedence on Observations")
    void observations(String filter, int expectedCount) {
        StaResponse r = ok("Datastreams(" + data.obseaTemp() + ")/Observations?$top=1000&$filter=" + filter);
        assertThat(r.value()).as(r.describe()).hasSize(expectedCount);
    }

    @ParameterizedTest(name = "Observations?$filter={0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Datastream/Thing/name eq 'W1M3A' | 12",
        "Datastream/Thing/properties/depth lt 100 | 48",
        "Datastream/unitOfMeasurement/symbol eq 'PSU' | 24",
        "round(result) eq 15 and Datastream/Thing/name eq 'W1M3A' | 1",
    })
    @DisplayName("/req/request-data/filter: to-one paths and JSON paths across navigation")
    void acrossNavigation(String filter, int expectedCount) {
        StaResponse r = ok("Observations?$top=1000&$filter=" + filter);
        assertThat(r.value()).as(r.describe()).hasSize(expectedCount);
    }

    private static StaResponse ok(String path) {
        StaResponse r = sta.get(path);
        assertThat(r.status()).as(r.describe()).isEqualTo(200);
        return r;
    }

}
