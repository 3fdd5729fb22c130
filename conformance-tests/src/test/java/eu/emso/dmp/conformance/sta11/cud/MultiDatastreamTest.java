package eu.emso.dmp.conformance.sta11.cud;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import eu.emso.dmp.conformance.sta11.support.LoadedServer;
import eu.emso.dmp.conformance.sta11.support.OceanDataSet;
import eu.emso.dmp.conformance.sta11.support.StaClient;
import eu.emso.dmp.conformance.sta11.support.StaResponse;
import eu.emso.dmp.conformance.sta11.support.Values;

/**
 * Requirement class {@code /req/multi-datastream} of OGC 18-088: a MultiDatastream of the OBSEA
 * CTD observing TEMP and PSAL together, its ObservedProperties in the order given at creation,
 * Observations whose result is an array with one value per ObservedProperty, and filtering by it.
 */
@DisplayName("/req/multi-datastream")
class MultiDatastreamTest {
    private static final String COMPLEX = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_ComplexObservation";
    private static final List<String> ROWS = List.of("[13.10,37.95]", "[13.15,37.96]", "[13.20,37.97]",
            "[13.25,37.98]", "[13.30,37.99]", "[13.35,38.00]");

    private static LoadedServer server;
    private static StaClient sta;
    private static OceanDataSet data;
    private static long tempPsal;
    private static long psalTemp;

    @BeforeAll
    static void start() {
        server = LoadedServer.start();
        sta = server.client();
        data = server.data();
        tempPsal = sta.create("MultiDatastreams", multi("OBSEA CTD TEMP PSAL", data.temp(), data.psal()));
        psalTemp = sta.create("MultiDatastreams", multi("OBSEA CTD PSAL TEMP", data.psal(), data.temp()));
        for (int i = 0; i < ROWS.size(); i++) {
            sta.create("MultiDatastreams(" + tempPsal + ")/Observations",
                    "{\"phenomenonTime\": \"2017-02-03T0" + i + ":00:00Z\", \"result\": " + ROWS.get(i) + "}");
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("/req/multi-datastream: ObservedProperties are listed in the order given at creation")
    void observedPropertiesInCreationOrder() {
        StaResponse forward = sta.get("MultiDatastreams(" + tempPsal + ")/ObservedProperties");
        assertThat(Values.texts(forward.value(), "name")).as(forward.describe()).containsExactly("TEMP", "PSAL");
        StaResponse backward = sta.get("MultiDatastreams(" + psalTemp + ")/ObservedProperties");
        assertThat(Values.texts(backward.value(), "name")).as(backward.describe()).containsExactly("PSAL", "TEMP");
    }

    @Test
    @DisplayName("/req/multi-datastream: the MultiDatastream keeps its units and data types, one per ObservedProperty")
    void unitsAndTypes() {
        StaResponse r = sta.get("MultiDatastreams(" + tempPsal + ")");
        JsonNode multi = r.json();
        assertThat(Values.texts(multi.path("unitOfMeasurements"), "symbol")).as(r.describe()).containsExactly("degC", "PSU");
        assertThat(multi.path("multiObservationDataTypes")).hasSize(2);
        assertThat(multi.path("observationType").asText()).isEqualTo(COMPLEX);
        assertThat(Values.ids(sta.get("Things(" + data.obsea() + ")/MultiDatastreams").value()))
                .containsExactlyInAnyOrder(tempPsal, psalTemp);
    }

    @Test
    @DisplayName("/req/multi-datastream: Observation results are arrays, returned as written")
    void arrayResults() {
        StaResponse r = sta.get("MultiDatastreams(" + tempPsal + ")/Observations?$orderby=phenomenonTime");
        List<String> results = new ArrayList<>();
        r.value().forEach(o -> results.add(byValue(o.path("result").toString())));
        assertThat(results).as(r.describe()).containsExactlyElementsOf(ROWS.stream().map(MultiDatastreamTest::byValue).toList());
        assertThat(r.body()).as("the client's digits are kept").contains("13.10").contains("13.20");
        long first = Values.ids(r.value()).get(0);
        assertThat(sta.get("Observations(" + first + ")/MultiDatastream").json().path("@iot.id").asLong()).isEqualTo(tempPsal);
    }

    @Test
    @DisplayName("/req/multi-datastream: Observations can be filtered by MultiDatastream/name")
    void filterByMultiDatastream() {
        StaResponse r = sta.get("Observations?$filter=MultiDatastream/name eq 'OBSEA CTD TEMP PSAL'");
        assertThat(r.value()).as(r.describe()).hasSize(ROWS.size());
        StaResponse none = sta.get("Observations?$filter=MultiDatastream/name eq 'OBSEA CTD PSAL TEMP'");
        assertThat(none.value()).as(none.describe()).isEmpty();
    }

    @Test
    @DisplayName("/req/multi-datastream: $count of a MultiDatastream's Observations counts its own, rejected ones not")
    void countPerMultiDatastream() {
        sta.post("MultiDatastreams(" + tempPsal + ")/Observations",
                "{\"phenomenonTime\": \"2017-02-05T00:00:00Z\", \"result\": [13.4]}");
        StaResponse r = sta.get("MultiDatastreams(" + tempPsal + ")/Observations?$count=true&$top=0");
        assertThat(r.json().path("@iot.count").asLong()).as(r.describe()).isEqualTo(ROWS.size());
        StaResponse none = sta.get("MultiDatastreams(" + psalTemp + ")/Observations?$count=true&$top=0");
        assertThat(none.json().path("@iot.count").asLong()).as(none.describe()).isZero();
    }

    @Test
    @DisplayName("/req/multi-datastream: a result array of the wrong length, or no array, is rejected with 400")
    void wrongResultShape() {
        for (String result : List.of("[13.4]", "[13.4,38.0,1.0]", "13.4")) {
            StaResponse r = sta.post("MultiDatastreams(" + tempPsal + ")/Observations",
                    "{\"phenomenonTime\": \"2017-02-04T00:00:00Z\", \"result\": " + result + "}");
            assertThat(r.status()).as(r.describe()).isEqualTo(400);
            assertThat(r.json().path("message").asText()).isNotBlank();
        }
        assertThat(sta.get("MultiDatastreams(" + tempPsal + ")/Observations").value()).hasSize(ROWS.size());
    }

    @Test
    @DisplayName("/req/multi-datastream: creating one with fewer units than ObservedProperties is rejected with 400")
    void mismatchedDefinition() {
        StaResponse r = sta.post("MultiDatastreams", multi("OBSEA CTD broken", unit(data.temp()), data.temp(), data.psal()));
        assertThat(r.status()).as(r.describe()).isEqualTo(400);
    }

    private static String multi(String name, long first, long second) {
        return multi(name, unit(first) + ", " + unit(second), first, second);
    }

    private static String multi(String name, String units, long first, long second) {
        return """
                {"name": "%s", "description": "SBE37 CTD at OBSEA", "observationType": "%s",
                 "multiObservationDataTypes": ["http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                   "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement"],
                 "unitOfMeasurements": [%s],
                 "Thing": {"@iot.id": %d}, "Sensor": {"@iot.id": %d},
                 "ObservedProperties": [{"@iot.id": %d}, {"@iot.id": %d}]}"""
                .formatted(name, COMPLEX, units, data.obsea(), data.sensor(), first, second);
    }

    /** A JSON array of numbers written without trailing zeros, to compare values, not spellings. */
    private static String byValue(String jsonArray) {
        List<String> values = new ArrayList<>();
        for (String v : jsonArray.replaceAll("[\\[\\] ]", "").split(",")) {
            values.add(new BigDecimal(v).stripTrailingZeros().toPlainString());
        }
        return values.toString();
    }

    private static String unit(long property) {
        return property == data.temp()
                ? "{\"name\": \"degree Celsius\", \"symbol\": \"degC\", \"definition\": \"degC\"}"
                : "{\"name\": \"practical salinity unit\", \"symbol\": \"PSU\", \"definition\": \"PSU\"}";
    }
}
