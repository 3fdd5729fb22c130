package eu.emso.dmp.conformance.sta11.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import eu.emso.dmp.conformance.sta11.support.LoadedServerTest;
import eu.emso.dmp.conformance.sta11.support.OceanDataSet;
import eu.emso.dmp.conformance.sta11.support.Pages;
import eu.emso.dmp.conformance.sta11.support.Series;
import eu.emso.dmp.conformance.sta11.support.StaResponse;
import eu.emso.dmp.conformance.sta11.support.Values;

/**
 * Requirement class {@code /req/request-data} of OGC 18-088: {@code $expand} (nested, with
 * options), {@code $select}, {@code $orderby}, {@code $top}, {@code $skip}, {@code $count} and
 * server-driven paging with {@code @iot.nextLink}.
 */
@DisplayName("/req/request-data")
class RequestDataTest extends LoadedServerTest {
    @Test
    @DisplayName("/req/request-data/expand: nested $expand with $top and $orderby per parent gives each latest observation")
    void latestObservationPerDatastream() {
        StaResponse r = ok("Things?$filter=name eq 'OBSEA' or name eq 'W1M3A'&$orderby=name&$expand=Datastreams($orderby=name;"
                + "$expand=Observations($top=1;$orderby=phenomenonTime desc))");
        List<String> latest = new ArrayList<>();
        for (JsonNode thing : r.value()) {
            for (JsonNode ds : thing.path("Datastreams")) {
                JsonNode obs = ds.path("Observations");
                assertThat(obs).as(r.describe()).hasSize(1);
                latest.add(ds.path("name").asText() + "=" + obs.get(0).path("result").decimalValue().stripTrailingZeros()
                        .toPlainString() + "@" + obs.get(0).path("phenomenonTime").asText());
            }
        }
        assertThat(latest).containsExactly(latest("OBSEA PSAL", OceanDataSet.OBSEA_PSAL),
                latest("OBSEA TEMP", OceanDataSet.OBSEA_TEMP), latest("W1M3A TEMP", OceanDataSet.W1M3A_TEMP));
    }

    @Test
    @DisplayName("/req/request-data/expand: $filter inside $expand keeps only matching children")
    void filteredExpand() {
        StaResponse r = ok("Things(" + data.obsea() + ")?$expand=Datastreams($filter=name eq 'OBSEA PSAL';"
                + "$expand=Observations($filter=result gt 38.1;$orderby=result))");
        JsonNode datastreams = r.json().path("Datastreams");
        assertThat(Values.texts(datastreams, "name")).as(r.describe()).containsExactly("OBSEA PSAL");
        assertThat(Values.decimals(datastreams.get(0).path("Observations"), "result"))
                .usingElementComparator(Values.BY_VALUE)
                .containsExactly(new BigDecimal("38.11"), new BigDecimal("38.12"), new BigDecimal("38.13"));
    }

    @Test
    @DisplayName("/req/request-data/expand: path form Thing/Locations expands both levels")
    void expandPath() {
        StaResponse r = ok("Datastreams(" + data.w1m3aTemp() + ")?$expand=Thing/Locations");
        JsonNode thing = r.json().path("Thing");
        assertThat(thing.path("name").asText()).as(r.describe()).isEqualTo("W1M3A");
        assertThat(Values.texts(thing.path("Locations"), "name")).containsExactly("W1M3A mooring");
    }

    @Test
    @DisplayName("/req/request-data/expand: $count inside $expand counts all children, not the page")
    void countInExpand() {
        StaResponse r = ok("Datastreams(" + data.obseaTemp() + ")?$expand=Observations($count=true;$top=2)");
        assertThat(r.json().path("Observations@iot.count").asInt()).as(r.describe()).isEqualTo(24);
        assertThat(r.json().path("Observations")).hasSize(2);
    }

    @Test
    @DisplayName("/req/request-data/select: only the selected properties and navigation links are returned")
    void select() {
        StaResponse r = ok("Things?$select=name,Datastreams");
        for (JsonNode thing : r.value()) {
            List<String> fields = new ArrayList<>();
            thing.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(r.describe()).contains("name", "Datastreams@iot.navigationLink")
                    .doesNotContain("description", "properties", "Locations@iot.navigationLink");
        }
        assertThat(Values.texts(r.value(), "name")).contains("OBSEA", "W1M3A");
    }

    @Test
    @DisplayName("/req/request-data/orderby: several keys, and a navigation path as key")
    void orderBy() {
        StaResponse byThing = ok("Datastreams?$orderby=Thing/name desc,name asc");
        assertThat(Values.texts(byThing.value(), "name")).as(byThing.describe())
                .containsExactly("W1M3A TEMP", "OBSEA PSAL", "OBSEA TEMP");
        StaResponse twoKeys = ok("Observations?$orderby=phenomenonTime desc,result asc&$top=3");
        assertThat(Values.decimals(twoKeys.value(), "result")).as(twoKeys.describe())
                .usingElementComparator(Values.BY_VALUE)
                .containsExactly(OceanDataSet.OBSEA_TEMP.value(23), OceanDataSet.OBSEA_PSAL.value(23),
                        OceanDataSet.W1M3A_TEMP.value(11));
    }

    @Test
    @DisplayName("/req/request-data/top-skip-count: $skip and $top page an ordered collection, $count counts it all")
    void topSkipCount() {
        StaResponse r = ok("Datastreams(" + data.obseaTemp() + ")/Observations?$orderby=phenomenonTime&$skip=5&$top=3&$count=true");
        assertThat(r.json().path("@iot.count").asInt()).as(r.describe()).isEqualTo(24);
        assertThat(Values.decimals(r.value(), "result")).usingElementComparator(Values.BY_VALUE)
                .containsExactlyElementsOf(OceanDataSet.OBSEA_TEMP.values().subList(5, 8));
        assertThat(r.json().path("@iot.nextLink").asText()).isNotEmpty();
    }

    @Test
    @DisplayName("/req/request-data/pagination: following @iot.nextLink returns every entity exactly once")
    void nextLinkToTheEnd() {
        // the loaded data set only: other tests of this class add observations from 2017-02-20 on
        List<JsonNode> items = Pages.all(sta,
                ok("Observations?$top=7&$orderby=phenomenonTime&$filter=phenomenonTime lt 2017-02-02T00:00:00Z"));
        List<Long> ids = Values.ids(items);
        assertThat(ids).doesNotHaveDuplicates().hasSize(OceanDataSet.observationCount());
    }

    @Test
    @DisplayName("/req/request-data/pagination: paging by a key with ties (equal results) loses and repeats nothing")
    void nextLinkWithTies() {
        List<JsonNode> items = Pages.all(sta,
                ok("Observations?$top=4&$orderby=result desc&$filter=phenomenonTime lt 2017-02-02T00:00:00Z"));
        assertThat(Values.ids(items)).doesNotHaveDuplicates().hasSize(OceanDataSet.observationCount());
        assertThat(Values.decimals(items, "result")).isSortedAccordingTo(Values.BY_VALUE.reversed());
    }

    @Test
    @DisplayName("/req/request-data/top: $top=0 with $count gives the count, no items and no nextLink to an identical page")
    void topZero() {
        StaResponse r = ok("Datastreams(" + data.obseaTemp() + ")/Observations?$top=0&$count=true");
        assertThat(r.json().path("@iot.count").asInt()).as(r.describe()).isEqualTo(24);
        assertThat(r.value()).isEmpty();
        assertThat(r.json().has("@iot.nextLink")).as(r.describe()).isFalse();
    }

    @Test
    @DisplayName("/req/request-data/pagination: nextLink of an expanded collection keeps its $filter")
    void expandedNextLinkKeepsFilter() {
        StaResponse r = ok("Datastreams(" + data.obseaTemp() + ")?$expand=Observations($filter=result ge 13.5;$top=4;"
                + "$orderby=phenomenonTime)");
        List<JsonNode> items = Pages.all(sta, r, "Observations", "Observations@iot.nextLink", pages -> { });
        assertThat(Values.decimals(items, "result"))
                .usingElementComparator(Values.BY_VALUE)
                .containsExactlyElementsOf(OceanDataSet.OBSEA_TEMP.values().subList(10, 24));
    }

    @Test
    @DisplayName("/req/request-data/pagination: pages stay complete while observations are added, earlier ones too")
    void pagingWhileWriting() {
        long datastream = sta.create("Datastreams", """
                {"name": "OBSEA TEMP paging", "description": "paging under writes",
                 "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                 "unitOfMeasurement": {"name": "degree Celsius", "symbol": "degC", "definition": "degC"},
                 "Thing": {"name": "Paging buoy", "description": "written to while read",
                   "Locations": [{"name": "Paging buoy site", "description": "off OBSEA",
                     "encodingType": "application/geo+json", "location": {"type": "Point", "coordinates": [1.76, 41.19]}}]},
                 "Sensor": {"@iot.id": %d}, "ObservedProperty": {"@iot.id": %d}}"""
                .formatted(data.sensor(), data.temp()));
        Set<Long> before = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            before.add(sta.create("Datastreams(" + datastream + ")/Observations",
                    observation("2017-03-01T%02d:00:00Z".formatted(i), "13." + (10 + i))));
        }
        StaResponse first = ok("Datastreams(" + datastream + ")/Observations?$orderby=phenomenonTime&$top=5");
        List<JsonNode> items = Pages.all(sta, first, "value", "@iot.nextLink", pages -> {
            sta.create("Datastreams(" + datastream + ")/Observations", observation("2017-02-2" + pages + "T00:00:00Z", "12.9"));
            sta.create("Datastreams(" + datastream + ")/Observations", observation("2017-03-02T0" + pages + ":00:00Z", "14.9"));
        });
        List<Long> ids = Values.ids(items);
        assertThat(ids).doesNotHaveDuplicates().containsAll(before);
    }

    private static String observation(String time, String result) {
        return "{\"phenomenonTime\": \"" + time + "\", \"result\": " + result + "}";
    }

    private static String latest(String name, Series series) {
        return name + "=" + series.value(series.size() - 1).stripTrailingZeros().toPlainString() + "@" + series.lastTime();
    }

    private static StaResponse ok(String path) {
        StaResponse r = sta.get(path);
        assertThat(r.status()).as(r.describe()).isEqualTo(200);
        return r;
    }
}
