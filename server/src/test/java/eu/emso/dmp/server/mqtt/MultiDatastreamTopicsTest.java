package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * MultiDatastreams over MQTT (OGC 18-088, 14.2 with clause 12): an Observation of a
 * MultiDatastream reaches subscribers of its MultiDatastream's Observations, with its array
 * result, and publishing to that topic creates one.
 */
class MultiDatastreamTopicsTest {

    @Test
    void observationsOfAMultiDatastreamReachItsTopicAndCanBeCreatedThere() throws Exception {
        try (TestServer server = TestServer.start()) {
            Station station = Station.create(server, "ADCP");
            long sensor = server.get("Datastreams(" + station.datastream() + ")/Sensor").get("@iot.id").asLong();
            long md = server.create("MultiDatastreams", """
                    {"name": "ADCP bin 1", "description": "current at 18 m",
                     "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_ComplexObservation",
                     "unitOfMeasurements": [{"name": "mm/s", "symbol": "mm/s", "definition": "u"},
                                            {"name": "mm/s", "symbol": "mm/s", "definition": "u"}],
                     "multiObservationDataTypes": ["OM_Measurement", "OM_Measurement"],
                     "Thing": {"@iot.id": %d}, "Sensor": {"@iot.id": %d},
                     "ObservedProperties": [{"name": "VCUR", "definition": "v", "description": "north"},
                                            {"name": "UCUR", "definition": "u", "description": "east"}]}
                    """.formatted(station.thing(), sensor));
            String topic = "v1.1/MultiDatastreams(" + md + ")/Observations";
            try (Inbox inbox = Inbox.connect(server.brokerUri())) {
                inbox.subscribe(topic, 1);
                long id = server.create("MultiDatastreams(" + md + ")/Observations",
                        "{\"phenomenonTime\": \"2017-02-01T00:00:00Z\", \"result\": [120, -35]}");
                Inbox.Message m = inbox.next(topic, "@iot.id", 10);
                assertThat(m).isNotNull();
                assertThat(m.json().get("@iot.id").asLong()).isEqualTo(id);
                assertThat(m.json().get("result").toString()).isEqualTo("[120,-35]");

                inbox.publish(topic, "{\"phenomenonTime\": \"2017-02-01T00:10:00Z\", \"result\": [118, -30]}", 1);
                Inbox.Message created = inbox.next(topic, "@iot.id", 10);
                assertThat(created).isNotNull();
                assertThat(server.get("MultiDatastreams(" + md + ")/Observations?$count=true")
                        .get("@iot.count").asLong()).isEqualTo(2);
            }
        }
    }
}
