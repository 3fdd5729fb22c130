package eu.emso.dmp.conformance.sos20;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.sos.support.XmlDoc;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SOS 2.0 Transactional ({@code http://www.opengis.net/spec/SOS/2.0/conf/sensorInsertion},
 * {@code .../obsInsertion}, {@code .../sensorDeletion}), the InsertSensor, InsertObservation and
 * DeleteSensor groups of ets-sos20, by POX: a sensor inserted is offered and described at once,
 * observations inserted into its offering are answered by GetObservation (sent twice, stored
 * once), and after DeleteSensor the procedure is no longer offered. Invalid requests write
 * nothing.
 */
class TransactionalTest extends SosServerTest {

    @Test
    @DisplayName("InsertSensor, InsertObservation (twice), GetObservation, DeleteSensor")
    void sensorLifecycle() {
        String procedure = "56-00401";
        XmlDoc inserted = ok(sos.post("insert-sensor", Map.of("procedure", procedure, "property", TEMP)));
        assertThat(inserted.text("/swes:InsertSensorResponse/swes:assignedProcedure")).isEqualTo(procedure);
        String offering = inserted.text("/swes:InsertSensorResponse/swes:assignedOffering");
        XmlDoc caps = ok(sos.get("GetCapabilities", "sections", "Contents"));
        assertThat(caps.all("//sos:ObservationOffering[swes:identifier='" + offering + "']/swes:procedure"))
                .containsExactly(procedure);

        Map<String, String> obs = Map.of("offering", offering, "procedure", procedure, "property", TEMP,
                "time", "2017-02-02T00:00:00Z", "feature", "W1M3A 10 m", "value", "13.85");
        ok(sos.post("insert-observation", obs));
        ok(sos.post("insert-observation", obs));
        XmlDoc got = ok(sos.get("GetObservation", "offering", offering));
        assertThat(got.all("//om:OM_Observation/om:result")).as("sent twice, stored once").containsExactly("13.85");
        assertThat(got.all("//om:featureOfInterest/@xlink:href")).containsExactly("W1M3A 10 m");

        XmlDoc deleted = ok(sos.post("delete-sensor", Map.of("procedure", procedure)));
        assertThat(deleted.text("/swes:DeleteSensorResponse/swes:deletedProcedure")).isEqualTo(procedure);
        XmlDoc after = ok(sos.get("GetCapabilities", "sections", "Contents"));
        assertThat(after.count("//sos:ObservationOffering[swes:identifier='" + offering + "']")).isZero();
        exception(sos.get("GetObservation", "offering", offering), 400, "InvalidParameterValue", "offering");
    }

    @Test
    @DisplayName("invalid insertions: a procedure offered already, an unknown offering, an unknown sensor to delete, KVP")
    void invalidTransactions() {
        exception(sos.post("insert-sensor", Map.of("procedure", PROCEDURE, "property", TEMP)), 400,
                "InvalidParameterValue", "procedureDescription");
        exception(sos.post("insert-observation", Map.of("offering", "no-such-offering", "procedure", PROCEDURE,
                "property", TEMP, "time", "2017-02-02T00:00:00Z", "feature", "nowhere", "value", "1")), 400,
                "InvalidParameterValue", "offering");
        exception(sos.post("delete-sensor", Map.of("procedure", "no-such-sensor")), 400, "InvalidParameterValue",
                "procedure");
        exception(sos.get("DeleteSensor", "procedure", PROCEDURE), 501, "OperationNotSupported", "request");
        XmlDoc still = ok(sos.get("GetFeatureOfInterest", "procedure", PROCEDURE));
        assertThat(still.all("//sams:SF_SpatialSamplingFeature/gml:identifier")).containsExactlyInAnyOrder(OBSEA, W1M3A);
    }
}
