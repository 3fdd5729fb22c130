package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.entity.RawJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OGC 18-088 requirement class Create-Update-Delete, {@code req/create-update-delete/create-entity},
 * {@code .../link-to-existing-entities} and {@code .../deep-insert} (10.2): entities with their
 * related entities in one request, links by {@code @iot.id}, rejected bodies that name the
 * offending property, and FeaturesOfInterest generated from a Thing's Location.
 */
class CreateTest {
    private static final StoreFixture DB = StoreFixture.get();
    private static final String SENSOR = """
            {"name": "optode 4831-606", "description": "oxygen optode", "encodingType": "text/plain", "metadata": "AADI 4831"}""";
    private static final String PROPERTY = """
            {"name": "DOX2", "definition": "http://vocab.nerc.ac.uk/collection/P01/current/DOXMZZXX/", "description": "oxygen"}""";

    @Test
    @DisplayName("req/create-update-delete/deep-insert: Thing with Locations and Datastreams with Sensor, ObservedProperty, Observations")
    void deepInsert() {
        long thing = DB.create("Things", """
                {"name": "deep buoy", "description": "deep insert",
                 "Locations": [{"name": "deep site", "description": "d", "encodingType": "application/geo+json",
                                "location": {"type": "Point", "coordinates": [1.7527, 41.1819]}}],
                 "Datastreams": [{"name": "deep oxygen", "description": "d", "unitOfMeasurement": {"symbol": "umol/L"},
                   "observationType": "OM_Measurement", "Sensor": %s, "ObservedProperty": %s,
                   "Observations": [{"phenomenonTime": "2024-06-01T00:00:00Z", "result": 210.5},
                                    {"phenomenonTime": "2024-06-01T00:10:00Z", "result": 211}]}]}
                """.formatted(SENSOR, PROPERTY));
        assertThat(DB.read("Things(" + thing + ")/Locations").rows()).extracting(r -> r.values().get("name"))
                .containsExactly("deep site");
        long stream = DB.ids("Things(" + thing + ")/Datastreams").get(0);
        assertThat(DB.entity("Datastreams(" + stream + ")/Sensor").values().get("name")).isEqualTo("optode 4831-606");
        assertThat(DB.entity("Datastreams(" + stream + ")/ObservedProperty").values().get("name")).isEqualTo("DOX2");
        assertThat(DB.read("Datastreams(" + stream + ")/Observations", "$orderby", "phenomenonTime").rows())
                .extracting(r -> r.values().get("result")).containsExactly(new RawJson("210.5"), new RawJson("211"));
        assertThat(DB.read("Things(" + thing + ")/HistoricalLocations").rows()).hasSize(1);
    }

    @Test
    @DisplayName("req/create-update-delete/deep-insert: Observations in two months that have no partition yet")
    void deepInsertAcrossNewMonths() {
        long thing = DB.create("Things", """
                {"name": "deep months buoy", "description": "deep insert",
                 "Locations": [{"name": "deep months site", "description": "d", "encodingType": "application/geo+json",
                                "location": {"type": "Point", "coordinates": [1.7527, 41.1819]}}],
                 "Datastreams": [{"name": "deep months", "description": "d", "unitOfMeasurement": {},
                   "observationType": "OM_Measurement", "Sensor": %s, "ObservedProperty": %s,
                   "Observations": [{"phenomenonTime": "2042-03-31T23:00:00Z", "result": 1},
                                    {"phenomenonTime": "2042-04-01T01:00:00Z", "result": 2}]}]}
                """.formatted(SENSOR, PROPERTY));
        long stream = DB.ids("Things(" + thing + ")/Datastreams").get(0);
        assertThat(DB.ids("Datastreams(" + stream + ")/Observations")).hasSize(2);
    }

    @Test
    @DisplayName("req/create-update-delete/link-to-existing-entities: related entities named by @iot.id")
    void linksById() {
        long sensor = DB.create("Sensors", SENSOR);
        long property = DB.create("ObservedProperties", PROPERTY);
        long location = DB.create("Locations", """
                {"name": "linked site", "description": "d", "encodingType": "application/geo+json",
                 "location": {"type": "Point", "coordinates": [2, 41]}}""");
        long thing = DB.create("Things", "{\"name\": \"linked buoy\", \"description\": \"d\", \"Locations\": [{\"@iot.id\": "
                + location + "}]}");
        long stream = DB.create("Datastreams", """
                {"name": "linked", "description": "d", "unitOfMeasurement": {}, "observationType": "OM_Measurement",
                 "Thing": {"@iot.id": %d}, "Sensor": {"@iot.id": %d}, "ObservedProperty": {"@iot.id": %d}}
                """.formatted(thing, sensor, property));
        assertThat(DB.entity("Datastreams(" + stream + ")/Sensor").id()).isEqualTo(sensor);
        assertThat(DB.entity("Datastreams(" + stream + ")/ObservedProperty").id()).isEqualTo(property);
        assertThat(DB.entity("Datastreams(" + stream + ")/Thing").id()).isEqualTo(thing);
        assertThat(DB.ids("Things(" + thing + ")/Locations")).containsExactly(location);
        assertThat(DB.ids("Sensors(" + sensor + ")/Datastreams")).containsExactly(stream);
    }

    @ParameterizedTest(name = "{0} {1} is rejected naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Things     | {"description": "no name"}                                    | name
            Things     | {"name": 5, "description": "d"}                                | name
            Things     | {"name": "n", "description": "d", "properties": "text"}        | properties
            Things     | {"name": "n", "description": "d", "colour": "red"}             | colour
            Things     | {"name": "n", "description": "d", "Datastreams": {}}           | Datastreams
            Locations  | {"name": "n", "description": "d", "encodingType": "application/geo+json"} | location
            Locations  | {"name": "n", "description": "d", "encodingType": "application/geo+json", "location": "here"} | location
            Sensors    | {"name": "n", "description": "d", "encodingType": "text/plain"} | metadata
            Datastreams | {"name": "n", "description": "d", "observationType": "o"}    | unitOfMeasurement
            """)
    @DisplayName("req/create-update-delete/create-entity: missing required properties and wrong JSON types")
    void invalidBodies(String collection, String body, String property) {
        assertThatThrownBy(() -> DB.create(collection, body)).isInstanceOf(InvalidEntityException.class)
                .hasMessageContaining(property);
    }

    @ParameterizedTest(name = "Observation {0} is rejected naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"phenomenonTime": "2024-06-01T00:00:00Z"}                    | result
            {"phenomenonTime": 5, "result": 1}                            | phenomenonTime
            {"phenomenonTime": "yesterday", "result": 1}                  | phenomenonTime
            {"phenomenonTime": "2024-06-02T00:00:00Z/2024-06-01T00:00:00Z", "result": 1} | phenomenonTime
            {"resultTime": "2024-06-01T00:00:00Z/2024-06-02T00:00:00Z", "result": 1, "phenomenonTime": "2024-06-01T00:00:00Z"} | resultTime
            {"phenomenonTime": "2024-06-01T00:00:00Z", "result": 1, "parameters": [1]} | parameters
            """)
    @DisplayName("req/create-update-delete/create-entity: invalid Observations name the property")
    void invalidObservations(String body, String property) {
        long stream = DB.datastream("invalid observation station", 0, 0);
        assertThatThrownBy(() -> DB.create("Datastreams(" + stream + ")/Observations", body))
                .isInstanceOf(InvalidEntityException.class).hasMessageContaining(property);
    }

    @Test
    @DisplayName("req/create-update-delete/link-to-existing-entities: an unknown @iot.id is rejected")
    void unknownReference() {
        assertThatThrownBy(() -> DB.create("Datastreams", """
                {"name": "n", "description": "d", "unitOfMeasurement": {}, "observationType": "o",
                 "Thing": {"@iot.id": 987654321}, "Sensor": %s, "ObservedProperty": %s}
                """.formatted(SENSOR, PROPERTY))).isInstanceOf(InvalidEntityException.class)
                .hasMessageContaining("987654321");
        assertThatThrownBy(() -> DB.create("Things",
                "{\"name\": \"n\", \"description\": \"d\", \"Locations\": [{\"@iot.id\": 987654321}]}"))
                .isInstanceOf(InvalidEntityException.class).hasMessageContaining("987654321");
        assertThat(DB.ids("Sensors", "$filter", "name eq 'optode 4831-606' and Datastreams/name eq 'n'")).isEmpty();
    }

    @Test
    @DisplayName("req/create-update-delete/create-entity: a FeatureOfInterest is generated from the Thing's Location and reused")
    void generatedFeatureOfInterest() {
        long stream = DB.datastream("foi station", 3.5, 42.25);
        long first = DB.observe(stream, "2024-06-03T00:00:00Z", "1");
        long second = DB.observe(stream, "2024-06-03T00:10:00Z", "2");
        EntityRow foi = DB.entity("Observations(" + first + ")/FeatureOfInterest");
        assertThat(DB.entity("Observations(" + second + ")/FeatureOfInterest").id()).isEqualTo(foi.id());
        assertThat(((RawJson) foi.values().get("feature")).text()).contains("3.5", "42.25");
        assertThat(DB.ids("FeaturesOfInterest", "$filter", "st_equals(feature, geography'POINT(3.5 42.25)')"))
                .containsExactly(foi.id());
    }

    @Test
    @DisplayName("req/create-update-delete/create-entity: without FeatureOfInterest and without a Location to derive one, an Observation is rejected")
    void noFeatureToDerive() {
        long stream = DB.create("Datastreams", """
                {"name": "nowhere", "description": "d", "unitOfMeasurement": {}, "observationType": "OM_Measurement",
                 "Thing": {"name": "nowhere buoy", "description": "d"}, "Sensor": %s, "ObservedProperty": %s}
                """.formatted(SENSOR, PROPERTY));
        assertThatThrownBy(() -> DB.observe(stream, "2024-06-05T00:00:00Z", "1"))
                .isInstanceOf(InvalidEntityException.class).hasMessageContaining("FeatureOfInterest");
        assertThat(DB.ids("Datastreams(" + stream + ")/Observations")).isEmpty();
    }

    @Test
    @DisplayName("req/create-update-delete/create-entity: an Observation posted twice is stored once")
    void resendIsIdempotent() {
        long stream = DB.datastream("resend station", 0, 0);
        long first = DB.observe(stream, "2024-06-04T00:00:00Z", "1.50");
        assertThat(DB.observe(stream, "2024-06-04T00:00:00Z", "1.50")).isEqualTo(first);
        assertThatThrownBy(() -> DB.observe(stream, "2024-06-04T00:00:00Z", "2"))
                .isInstanceOf(ConflictException.class);
        assertThat(DB.read("Datastreams(" + stream + ")/Observations").rows()).extracting(r -> r.values().get("result"))
                .containsExactly(new RawJson("1.50"));
    }
}
