package eu.emso.dmp.server.sos.transactional;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.emso.dmp.server.sos.support.SosFixture;
import eu.emso.dmp.server.sos.support.XmlDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sensor deletion ({@code http://www.opengis.net/spec/SOS/2.0/conf/sensorDeletion}, OGC 12-006
 * clause 10.2, ets-sos20 DeleteSensor): the procedure's Sensor goes with its Datastreams and
 * Observations, as a SensorThings DELETE cascades, and is no longer offered.
 */
class SensorDeletionTest {
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    private static String delete(String procedure) {
        return "<swes:DeleteSensor service=\"SOS\" version=\"2.0.0\" xmlns:swes=\"http://www.opengis.net/swes/2.0\">"
                + "<swes:procedure>" + procedure + "</swes:procedure></swes:DeleteSensor>";
    }

    private static long staCount(String path) throws Exception {
        return new ObjectMapper().readTree(sos.server().get(path).body()).path("@iot.count").asLong();
    }

    /** 12-006 req /sensorDeletion/response: deletedProcedure; the Sensor, Datastreams and Observations are gone. */
    @Test
    void deletedSensorGoesWithItsDatastreamsAndObservations() throws Exception {
        assertThat(staCount("/v1.1/Observations?$count=true&$top=0&$filter=Datastream/name%20eq%20'DOX2'")).isEqualTo(3);
        XmlDoc d = ok(sos.pox(delete("4831-606")));
        assertThat(d.text("/swes:DeleteSensorResponse/swes:deletedProcedure")).isEqualTo("4831-606");
        assertThat(staCount("/v1.1/Observations?$count=true&$top=0&$filter=Datastream/name%20eq%20'DOX2'")).isZero();
        assertThat(staCount("/v1.1/Datastreams?$count=true&$filter=name%20eq%20'DOX2'")).isZero();
        assertThat(staCount("/v1.1/Things?$count=true&$filter=name%20eq%20'Far%20buoy'")).as("the Thing stays").isEqualTo(1);
        XmlDoc caps = ok(sos.kvp("service=SOS&request=GetCapabilities&sections=Contents"));
        assertThat(caps.all("//swes:procedure")).doesNotContain("4831-606").contains("37-14998");
        exception(sos.kvp("service=SOS&version=2.0.0&request=GetObservation&procedure=4831-606"), 400,
                "InvalidParameterValue", "procedure");
    }

    /** A sensor inserted over SOS can be deleted over SOS. */
    @Test
    void insertedSensorCanBeDeleted() throws Exception {
        ok(sos.pox(SensorInsertionTest.insertSensor("37-30001")));
        ok(sos.pox(delete("37-30001")));
        assertThat(staCount("/v1.1/Sensors?$count=true&$filter=properties/sos_procedure%20eq%20'37-30001'")).isZero();
    }

    /** ets DeleteSensor invalid procedure: InvalidParameterValue, locator procedure; missing: MissingParameterValue. */
    @Test
    void unknownOrMissingProcedure() {
        exception(sos.pox(delete("no-such-sensor")), 400, "InvalidParameterValue", "procedure");
        exception(sos.pox("<swes:DeleteSensor service=\"SOS\" version=\"2.0.0\" xmlns:swes=\"http://www.opengis.net/swes/2.0\"/>"),
                400, "MissingParameterValue", "procedure");
        exception(sos.kvp("service=SOS&version=2.0.0&request=DeleteSensor&procedure=37-14998"), 501,
                "OperationNotSupported", "request");
    }
}
