package eu.emso.dmp.conformance.sta11.cud;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import eu.emso.dmp.conformance.sta11.support.LoadedServerTest;
import eu.emso.dmp.conformance.sta11.support.OceanDataSet;
import eu.emso.dmp.conformance.sta11.support.StaResponse;
import eu.emso.dmp.conformance.sta11.support.Values;

/**
 * Requirement class {@code /req/create-update-delete} of OGC 18-088: POST (plain, deep insert,
 * links by id), HistoricalLocations created on location changes, the generated
 * FeatureOfInterest, PATCH, PUT and cascading DELETE; plus the server's promise that resending an
 * observation stores it once and that another result for the same time is a conflict.
 */
@DisplayName("/req/create-update-delete")
class CreateUpdateDeleteTest extends LoadedServerTest {
    @Test
    @DisplayName("/req/create-update-delete/create-entity: 201 with a Location header that reads the entity back")
    void createAnswersLocation() {
        StaResponse r = sta.post("Sensors", Bodies.sensor("SBE54 54-0049"));
        assertThat(r.status()).as(r.describe()).isEqualTo(201);
        String location = r.location().orElseThrow();
        assertThat(location).startsWith(sta.serviceRoot() + "/Sensors(").endsWith(")");
        StaResponse read = sta.getAbsolute(location);
        assertThat(read.json().path("name").asText()).as(read.describe()).isEqualTo("SBE54 54-0049");
        assertThat(read.json().path("@iot.selfLink").asText()).isEqualTo(location);
    }

    @Test
    @DisplayName("/req/create-update-delete/deep-insert: a Thing with Location, Datastream, Sensor, ObservedProperty, Observations")
    void deepInsert() {
        long thing = sta.create("Things", Bodies.deepThing("EMSO-Azores EGIM", -31.523, 37.3, "TEMP-AZ"));
        StaResponse r = sta.get("Things(" + thing + ")?$expand=Locations,HistoricalLocations,"
                + "Datastreams($expand=Sensor,ObservedProperty,Observations($orderby=phenomenonTime))");
        JsonNode t = r.json();
        assertThat(Values.texts(t.path("Locations"), "name")).as(r.describe()).containsExactly("EMSO-Azores EGIM site");
        assertThat(t.path("HistoricalLocations")).hasSize(1);
        JsonNode ds = t.path("Datastreams").get(0);
        assertThat(ds.path("Sensor").path("name").asText()).isEqualTo("SBE37 TEMP-AZ");
        assertThat(ds.path("ObservedProperty").path("name").asText()).isEqualTo("TEMP-AZ");
        assertThat(Values.texts(ds.path("Observations"), "phenomenonTime"))
                .containsExactly("2018-06-01T00:00:00Z", "2018-06-01T00:15:00Z");
    }

    @Test
    @DisplayName("/req/create-update-delete/link-to-existing-entities: links by @iot.id")
    void linkById() {
        long ds = sta.create("Datastreams", Bodies.datastream("OBSEA TEMP 2", data.obsea(), data.sensor(), data.temp()));
        assertThat(sta.get("Datastreams(" + ds + ")/Thing").json().path("@iot.id").asLong()).isEqualTo(data.obsea());
        assertThat(sta.get("Datastreams(" + ds + ")/Sensor").json().path("@iot.id").asLong()).isEqualTo(data.sensor());
        assertThat(Values.ids(sta.get("Things(" + data.obsea() + ")/Datastreams").value())).contains(ds);
    }

    @Test
    @DisplayName("/req/create-update-delete/historical-location-auto-creation: on POST Thing Location and on PATCH Thing Locations")
    void historicalLocations() {
        long thing = sta.create("Things", "{\"name\": \"EGIM drifting test\", \"description\": \"moved twice\"}");
        long first = sta.create("Things(" + thing + ")/Locations", Bodies.location("first site", 1.75, 41.18));
        assertThat(sta.get("Things(" + thing + ")/HistoricalLocations").value()).hasSize(1);
        long second = sta.create("Locations", Bodies.location("second site", 1.80, 41.20));
        StaResponse patch = sta.patch("Things(" + thing + ")", "{\"Locations\": [{\"@iot.id\": " + second + "}]}");
        assertThat(patch.status()).as(patch.describe()).isEqualTo(200);
        assertThat(Values.ids(sta.get("Things(" + thing + ")/Locations").value())).containsExactly(second);
        StaResponse history = sta.get("Things(" + thing + ")/HistoricalLocations?$orderby=time desc&$expand=Locations");
        assertThat(history.value()).as(history.describe()).hasSize(2);
        assertThat(Values.ids(history.value().get(0).path("Locations"))).containsExactly(second);
        assertThat(Values.ids(history.value().get(1).path("Locations"))).containsExactly(first);
    }

    @Test
    @DisplayName("/req/create-update-delete/create-entity: an Observation without FeatureOfInterest gets one from the Thing's Location")
    void generatedFeatureOfInterest() {
        long ds = sta.create("Datastreams", Bodies.datastream("W1M3A TEMP 2", data.w1m3a(), data.sensor(), data.temp()));
        long one = sta.create("Datastreams(" + ds + ")/Observations", Bodies.observation("2019-01-01T00:00:00Z", "13.2"));
        long two = sta.create("Datastreams(" + ds + ")/Observations", Bodies.observation("2019-01-01T01:00:00Z", "13.3"));
        JsonNode foi = sta.get("Observations(" + one + ")/FeatureOfInterest").json();
        assertThat(foi.path("feature").path("coordinates").get(0).asDouble()).isEqualTo(OceanDataSet.W1M3A_POINT.longitude());
        assertThat(foi.path("feature").path("coordinates").get(1).asDouble()).isEqualTo(OceanDataSet.W1M3A_POINT.latitude());
        assertThat(sta.get("Observations(" + two + ")/FeatureOfInterest").json().path("@iot.id").asLong())
                .isEqualTo(foi.path("@iot.id").asLong());
    }

    @Test
    @DisplayName("/req/create-update-delete/update-entity: PATCH changes only the given properties, PUT replaces")
    void patchAndPut() {
        long sensor = sta.create("Sensors", Bodies.sensor("AADI 4831-606"));
        StaResponse patch = sta.patch("Sensors(" + sensor + ")", "{\"description\": \"Aanderaa oxygen optode\"}");
        assertThat(patch.status()).as(patch.describe()).isEqualTo(200);
        JsonNode patched = sta.get("Sensors(" + sensor + ")").json();
        assertThat(patched.path("description").asText()).isEqualTo("Aanderaa oxygen optode");
        assertThat(patched.path("name").asText()).isEqualTo("AADI 4831-606");
        StaResponse put = sta.put("Sensors(" + sensor + ")", """
                {"name": "AADI 4831-607", "description": "replacement optode", "encodingType": "application/pdf",
                 "metadata": "https://www.aanderaa.com/4831"}""");
        assertThat(put.status()).as(put.describe()).isEqualTo(200);
        JsonNode replaced = sta.get("Sensors(" + sensor + ")").json();
        assertThat(replaced.path("name").asText()).isEqualTo("AADI 4831-607");
        assertThat(replaced.path("properties").isNull() || replaced.path("properties").isMissingNode()).isTrue();
    }

    @Test
    @DisplayName("/req/create-update-delete/delete-entity: deleting a Thing deletes its Datastreams and their Observations")
    void deleteCascades() {
        long thing = sta.create("Things", Bodies.deepThing("Short-lived buoy", 2.0, 41.0, "TEMP-SL"));
        long ds = sta.get("Things(" + thing + ")/Datastreams").value().get(0).path("@iot.id").asLong();
        long obs = sta.get("Datastreams(" + ds + ")/Observations").value().get(0).path("@iot.id").asLong();
        StaResponse delete = sta.delete("Things(" + thing + ")");
        assertThat(delete.status()).as(delete.describe()).isEqualTo(200);
        assertThat(sta.get("Things(" + thing + ")").status()).isEqualTo(404);
        assertThat(sta.get("Datastreams(" + ds + ")").status()).isEqualTo(404);
        assertThat(sta.get("Observations(" + obs + ")").status()).isEqualTo(404);
        assertThat(sta.get("Things(" + data.obsea() + ")").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("/req/datamodel/observation: 1.1 times are returned exactly as written, instants and intervals")
    void timesAsWritten() {
        long obs = sta.create("Datastreams(" + data.obseaPsal() + ")/Observations", """
                {"phenomenonTime": "2017-02-02T10:00:00Z/2017-02-02T10:15:00Z", "resultTime": "2017-02-02T10:15:00.250Z",
                 "validTime": "2017-02-02T10:00:00Z/2017-03-02T10:00:00Z", "result": 37.95}""");
        JsonNode o = sta.get("Observations(" + obs + ")").json();
        assertThat(o.path("phenomenonTime").asText()).isEqualTo("2017-02-02T10:00:00Z/2017-02-02T10:15:00Z");
        assertThat(o.path("resultTime").asText()).isEqualTo("2017-02-02T10:15:00.250Z");
        assertThat(o.path("validTime").asText()).isEqualTo("2017-02-02T10:00:00Z/2017-03-02T10:00:00Z");
        assertThat(o.path("result").toString()).isEqualTo("37.95");
    }

    @Test
    @DisplayName("/req/create-update-delete/create-entity: resending the same observation stores it once")
    void resendIsIdempotent() {
        long ds = sta.create("Datastreams", Bodies.datastream("OBSEA TEMP resend", data.obsea(), data.sensor(), data.temp()));
        String body = Bodies.observation("2020-05-05T05:05:05Z", "18.25");
        StaResponse first = sta.post("Datastreams(" + ds + ")/Observations", body);
        StaResponse again = sta.post("Datastreams(" + ds + ")/Observations", body);
        assertThat(first.status()).as(first.describe()).isEqualTo(201);
        assertThat(again.status()).as(again.describe()).isBetween(200, 299);
        assertThat(sta.get("Datastreams(" + ds + ")/Observations").value()).hasSize(1);
        again.location().ifPresent(l -> assertThat(l).isEqualTo(first.location().orElseThrow()));
    }

    @Test
    @DisplayName("/req/create-update-delete/update-entity: moving an Observation onto another's phenomenonTime is a 409 conflict")
    void conflictingPatch() {
        long ds = sta.create("Datastreams", Bodies.datastream("OBSEA TEMP moved", data.obsea(), data.sensor(), data.temp()));
        sta.create("Datastreams(" + ds + ")/Observations", Bodies.observation("2020-05-05T05:00:00Z", "18.25"));
        long later = sta.create("Datastreams(" + ds + ")/Observations", Bodies.observation("2020-05-05T06:00:00Z", "18.50"));
        StaResponse r = sta.patch("Observations(" + later + ")", "{\"phenomenonTime\": \"2020-05-05T05:00:00Z\"}");
        assertThat(r.status()).as(r.describe()).isEqualTo(409);
        assertThat(r.json().path("message").asText()).as("no database internals in the message")
                .doesNotContainIgnoringCase("constraint").doesNotContain("observations_");
        assertThat(sta.get("Observations(" + later + ")").json().path("phenomenonTime").asText())
                .isEqualTo("2020-05-05T06:00:00Z");
    }

    @Test
    @DisplayName("/req/create-update-delete/create-entity: another result at the same phenomenonTime is a 409 conflict")
    void conflictingResult() {
        long ds = sta.create("Datastreams", Bodies.datastream("OBSEA TEMP conflict", data.obsea(), data.sensor(), data.temp()));
        sta.create("Datastreams(" + ds + ")/Observations", Bodies.observation("2020-05-05T05:05:05Z", "18.25"));
        StaResponse other = sta.post("Datastreams(" + ds + ")/Observations", Bodies.observation("2020-05-05T05:05:05Z", "18.30"));
        assertThat(other.status()).as(other.describe()).isEqualTo(409);
        assertThat(other.json().path("message").asText()).isNotBlank();
        assertThat(Values.decimals(sta.get("Datastreams(" + ds + ")/Observations").value(), "result"))
                .usingElementComparator(Values.BY_VALUE).containsExactly(new java.math.BigDecimal("18.25"));
    }
}
