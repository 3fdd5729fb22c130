package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.query.QueryException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OGC 18-088 requirement {@code req/request-data/filter}: the operands of {@code $filter} that
 * are paths (9.3.3.5): members of JSON properties, the Observation result, properties of
 * related entities reached over to-one navigation, and over to-many navigation with
 * any-semantics. Type errors are client errors ({@link QueryException}), never database errors.
 */
class FilterPathTest {
    private static final String TAG = "filter-path";
    private static final StoreFixture DB = StoreFixture.get();
    private static long ctd;
    private static long optode;
    private static long warmStream;
    private static long coldStream;
    private static long warm5;
    private static long warm50;
    private static long coldText;

    @BeforeAll
    static void createData() {
        ctd = DB.create("Things", """
                {"name": "path CTD", "description": "%s",
                 "properties": {"depth": 20, "site": "OBSEA", "sensor": {"model": "SBE37", "serial": 14998},
                                "deployed": "2019-06-01T00:00:00Z"}}
                """.formatted(TAG));
        optode = DB.create("Things", """
                {"name": "path optode", "description": "%s",
                 "properties": {"depth": 5, "site": "Azores", "sensor": {"model": "AADI 4831", "serial": 606},
                                "deployed": "2022-06-01T00:00:00Z"}}
                """.formatted(TAG));
        warmStream = DB.datastream("path warm station", 1.75, 41.18);
        coldStream = DB.datastream("path cold station", -28.0, 38.5);
        warm5 = DB.observe(warmStream, "2024-02-01T00:00:00Z", "5");
        warm50 = DB.observe(warmStream, "2024-02-02T00:00:00Z", "50");
        DB.observe(coldStream, "2024-02-01T00:00:00Z", "1");
        coldText = DB.observe(coldStream, "2024-02-02T00:00:00Z", "\"b9\"");
        DB.observe(coldStream, "2024-02-03T00:00:00Z", "\"b10\"");
    }

    private static List<Long> things(String filter) {
        return DB.ids("Things", "$filter", "(" + filter + ") and description eq '" + TAG + "'", "$orderby", "id");
    }

    @Test
    @DisplayName("properties/x reaches numbers, strings and nested members of JSON properties")
    void jsonMembers() {
        assertThat(things("properties/depth gt 10")).containsExactly(ctd);
        assertThat(things("properties/site eq 'Azores'")).containsExactly(optode);
        assertThat(things("properties/sensor/model eq 'SBE37'")).containsExactly(ctd);
        assertThat(things("properties/sensor/serial lt 1000")).containsExactly(optode);
        assertThat(things("startswith(properties/sensor/model, 'AADI')")).containsExactly(optode);
        assertThat(things("properties/missing/deeper eq 1")).isEmpty();
        assertThat(things("properties/deployed lt 2021-01-01T00:00:00Z")).containsExactly(ctd);
    }

    @Test
    @DisplayName("a JSON member of another type than its comparand matches nothing and is no error")
    void jsonTypeMismatchIsNoMatch() {
        assertThat(things("properties/site gt 5")).isEmpty();
        assertThat(things("properties/sensor eq 'SBE37'")).isEmpty();
        assertThat(things("properties/depth eq true")).isEmpty();
    }

    @Test
    @DisplayName("numeric results compare as numbers, string results as strings")
    void resultTypes() {
        String observations = "Datastreams(" + coldStream + ")/Observations";
        assertThat(DB.ids(observations, "$filter", "result gt 'b2'")).containsExactly(coldText);
        assertThat(DB.ids(observations, "$filter", "result eq 'b10'")).hasSize(1).doesNotContain(coldText);
        assertThat(DB.ids("Datastreams(" + warmStream + ")/Observations", "$filter", "result gt 9"))
                .containsExactly(warm50);
        assertThat(DB.ids(observations, "$filter", "result gt 0")).hasSize(1);
    }

    @Test
    @DisplayName("boolean, null and object results: eq true, eq null and members of the result")
    void otherResultKinds() {
        long stream = DB.datastream("path kinds station", 0, 0);
        long yes = DB.observe(stream, "2024-02-01T00:00:00Z", "true");
        OffsetDateTime t = OffsetDateTime.parse("2024-02-02T00:00:00Z");
        long foi = DB.entity("Observations(" + yes + ")/FeatureOfInterest").id();
        long none = DB.store().writeObservations(List.of(new ObservationRow(stream, foi, t, t, null, null,
                null, (short) 4, null, null, null, null, null, null))).get(0).id();
        long current = DB.observe(stream, "2024-02-03T00:00:00Z", "{\"speed\": 7, \"dir\": \"N\"}");
        DB.observe(stream, "2024-02-04T00:00:00Z", "0");
        String observations = "Datastreams(" + stream + ")/Observations";
        assertThat(DB.ids(observations, "$filter", "result eq true")).containsExactly(yes);
        assertThat(DB.ids(observations, "$filter", "result eq null")).containsExactly(none);
        assertThat(DB.ids(observations, "$filter", "result/speed gt 5")).containsExactly(current);
        assertThat(DB.ids(observations, "$filter", "result/dir eq 'N'")).containsExactly(current);
    }

    @Test
    @DisplayName("an arithmetic overflow is a client error, not a database error")
    void overflowIsClientError() {
        assertThatThrownBy(() -> DB.read("Things", "$filter", "id add 9223372036854775807 gt 0"))
                .isInstanceOf(QueryException.class);
    }

    @Test
    @DisplayName("paths across to-one navigation: Observations?$filter=Datastream/Thing/name eq ...")
    void toOnePaths() {
        assertThat(DB.ids("Observations", "$filter", "Datastream/Thing/name eq 'path warm station'",
                "$orderby", "id")).containsExactly(warm5, warm50);
        assertThat(DB.ids("Observations", "$filter", "Datastream/Thing/name eq 'path warm station' and result lt 10"))
                .containsExactly(warm5);
        assertThat(DB.ids("Observations", "$filter", "Datastream/id eq " + warmStream, "$orderby", "id"))
                .containsExactly(warm5, warm50);
        assertThat(DB.ids("Datastreams", "$filter", "Thing/name eq 'path cold station'")).containsExactly(coldStream);
    }

    @Test
    @DisplayName("paths across to-many navigation are true when any related entity matches")
    void toManyPathsHaveAnySemantics() {
        String stations = " and startswith(name, 'path ') and endswith(name, ' station')";
        List<Long> warm = DB.ids("Things", "$filter", "Datastreams/Observations/result gt 10" + stations);
        assertThat(warm).hasSize(1);
        assertThat(DB.ids("Things(" + warm.get(0) + ")/Datastreams")).containsExactly(warmStream);
        assertThat(DB.ids("Things", "$filter", "Datastreams/Observations/result lt 10" + stations)).hasSize(2);
        assertThat(DB.ids("Things", "$filter", "Datastreams/Observations/result gt 100" + stations)).isEmpty();
        assertThat(DB.ids("Things", "$filter", "Locations/name eq 'path cold station site'" + stations))
                .hasSize(1).doesNotContainAnyElementsOf(warm);
    }

    @ParameterizedTest(name = "{0} is a QueryException")
    @ValueSource(strings = {
        "name gt 5",
        "name eq true",
        "name add 1 eq 2",
        "phenomenonTime gt 'not a time'",
        "location gt 5",
        "unknown eq 1",
        "Datastreams eq 1",
        "name",
        "year(name) eq 2020",
        "length(id) eq 1",
        "round(name) eq 1",
        "substring(name, 'a') eq 'b'",
        "geo.distance(name, geography'POINT(0 0)') lt 1",
        "st_relate(Locations/location, geography'POINT(0 0)', 'XYZ')",
        "name/deeper eq 'x'"
    })
    @DisplayName("type errors are client errors")
    void typeErrorsAreQueryExceptions(String filter) {
        assertThatThrownBy(() -> DB.read("Things", "$filter", filter)).isInstanceOf(QueryException.class);
    }

    @Test
    @DisplayName("a time string that is not a date is a client error on Observations too")
    void badTimeOnObservations() {
        assertThatThrownBy(() -> DB.read("Observations", "$filter", "resultTime lt '2024-13-45'"))
                .isInstanceOf(QueryException.class);
    }
}
