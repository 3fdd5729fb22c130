package eu.emso.dmp.server.sos.transactional;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.emso.dmp.server.sos.support.SosFixture;
import eu.emso.dmp.server.sos.support.XmlDoc;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sensor insertion ({@code http://www.opengis.net/spec/SOS/2.0/conf/sensorInsertion}, OGC 12-006
 * clause 10.1, ets-sos20 InsertSensor): a SensorML 2.0 PhysicalSystem becomes a Sensor, a Thing
 * and one Datastream per observable property, offered at once over SOS and SensorThings.
 */
class SensorInsertionTest {
    static final String OXYGEN = "http://vocab.nerc.ac.uk/collection/P01/current/DOXYZZXX/";
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    /** An InsertSensor request for {@code procedure} observing TEMP and oxygen, with an offering capability. */
    static String insertSensor(String procedure, String format) {
        return ("<swes:InsertSensor service=\"SOS\" version=\"2.0.0\" xmlns:swes=\"http://www.opengis.net/swes/2.0\" "
                + "xmlns:sos=\"http://www.opengis.net/sos/2.0\" xmlns:sml=\"http://www.opengis.net/sensorml/2.0\" "
                + "xmlns:swe=\"http://www.opengis.net/swe/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\">"
                + "<swes:procedureDescriptionFormat>%s</swes:procedureDescriptionFormat>"
                + "<swes:procedureDescription><sml:PhysicalSystem gml:id=\"s1\">"
                + "<gml:description>CTD with oxygen optode</gml:description>"
                + "<gml:identifier codeSpace=\"uniqueID\">%s</gml:identifier><gml:name>SBE37-ODO %s</gml:name>"
                + "<sml:identification><sml:IdentifierList><sml:identifier><sml:Term "
                + "definition=\"http://vocab.nerc.ac.uk/collection/W07/current/IDEN0005/\"><sml:label>Serial Number</sml:label>"
                + "<sml:value>%s</sml:value></sml:Term></sml:identifier></sml:IdentifierList></sml:identification>"
                + "<sml:capabilities name=\"offerings\"><sml:CapabilityList><sml:capability name=\"offeringID\">"
                + "<swe:Text><swe:value>%s_offering</swe:value></swe:Text></sml:capability></sml:CapabilityList>"
                + "</sml:capabilities><sml:outputs><sml:OutputList>"
                + "<sml:output name=\"TEMP\"><swe:Quantity definition=\"%s\"><swe:uom code=\"degC\"/></swe:Quantity></sml:output>"
                + "<sml:output name=\"DOXY\"><swe:Quantity definition=\"%s\"><swe:uom code=\"umol/kg\"/></swe:Quantity></sml:output>"
                + "</sml:OutputList></sml:outputs><sml:position><gml:Point gml:id=\"p1\"><gml:pos "
                + "srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\">41.2 1.75</gml:pos></gml:Point></sml:position>"
                + "</sml:PhysicalSystem></swes:procedureDescription>"
                + "<swes:observableProperty>%s</swes:observableProperty><swes:observableProperty>%s</swes:observableProperty>"
                + "<swes:metadata><sos:SosInsertionMetadata>"
                + "<sos:observationType>http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement</sos:observationType>"
                + "<sos:featureOfInterestType>http://www.opengis.net/def/samplingFeatureType/OGC-OM/2.0/SF_SamplingPoint"
                + "</sos:featureOfInterestType></sos:SosInsertionMetadata></swes:metadata></swes:InsertSensor>")
                .formatted(format, procedure, procedure, procedure, procedure, SosFixture.TEMP, OXYGEN, SosFixture.TEMP, OXYGEN);
    }

    static String insertSensor(String procedure) {
        return insertSensor(procedure, "http://www.opengis.net/sensorml/2.0");
    }

    private static JsonNode sta(String path) throws Exception {
        return new ObjectMapper().readTree(sos.server().get(path).body());
    }

    /** 12-006 req /sensorInsertion/response: assigned procedure and offering, offered at once over SOS and STA. */
    @Test
    void insertedSensorIsOfferedEverywhere() throws Exception {
        XmlDoc d = ok(sos.pox(insertSensor("37-20001")));
        assertThat(d.text("/swes:InsertSensorResponse/swes:assignedProcedure")).isEqualTo("37-20001");
        assertThat(d.text("/swes:InsertSensorResponse/swes:assignedOffering")).isEqualTo("37-20001_offering");
        XmlDoc caps = ok(sos.kvp("service=SOS&request=GetCapabilities&sections=Contents"));
        assertThat(caps.all("//sos:ObservationOffering[swes:identifier='37-20001_offering']/swes:observableProperty"))
                .containsExactlyInAnyOrder(SosFixture.TEMP, OXYGEN);
        XmlDoc ds = ok(sos.kvp("service=SOS&version=2.0.0&request=DescribeSensor&procedure=37-20001"
                + "&procedureDescriptionFormat=" + URLEncoder.encode("http://www.opengis.net/sensorml/2.0", StandardCharsets.UTF_8)));
        assertThat(ds.text("//sml:PhysicalSystem/sml:position/gml:Point/gml:pos")).isEqualTo("41.2 1.75");
        assertThat(ds.all("//sml:output/swe:Quantity/swe:uom/@code")).containsExactlyInAnyOrder("degC", "umol/kg");
        JsonNode sensor = sta("/v1.1/Sensors?$filter=properties/sos_procedure%20eq%20'37-20001'&$expand=Datastreams($expand=ObservedProperty)")
                .path("value").get(0);
        assertThat(sensor.path("properties").path("serial_number").asText()).isEqualTo("37-20001");
        assertThat(sensor.path("metadata").asText()).contains("PhysicalSystem");
        assertThat(sensor.path("Datastreams")).hasSize(2);
        long temps = sta("/v1.1/ObservedProperties?$count=true&$filter=definition%20eq%20'" + SosFixture.TEMP + "'")
                .path("@iot.count").asLong();
        assertThat(temps).as("the existing ObservedProperty is reused").isEqualTo(1);
    }

    /** Observations are inserted into the new sensor's offering and read back (ets InsertSensor then InsertObservation). */
    @Test
    void observationsGoIntoTheNewOffering() {
        ok(sos.pox(insertSensor("37-20002")));
        String inline = "<om:featureOfInterest><sams:SF_SpatialSamplingFeature gml:id=\"f1\">"
                + "<gml:identifier codeSpace=\"x\">site-20002</gml:identifier>"
                + "<sf:type xlink:href=\"http://www.opengis.net/def/samplingFeatureType/OGC-OM/2.0/SF_SamplingPoint\"/>"
                + "<sf:sampledFeature xlink:href=\"http://www.opengis.net/def/nil/OGC/0/unknown\"/>"
                + "<sams:shape><gml:Point gml:id=\"p1\"><gml:pos>41.2 1.75</gml:pos></gml:Point></sams:shape>"
                + "</sams:SF_SpatialSamplingFeature></om:featureOfInterest>";
        ok(sos.pox(ObservationInsertionTest.insert("37-20002_offering", "37-20002", OXYGEN, "2015-01-01T00:00:00Z",
                "250.5", inline)));
        XmlDoc got = ok(sos.kvp("service=SOS&version=2.0.0&request=GetObservation&offering=37-20002_offering"));
        assertThat(got.all("//om:result")).containsExactly("250.5");
        assertThat(got.text("//om:result/@uom")).isEqualTo("umol/kg");
        XmlDoc caps = ok(sos.kvp("service=SOS&request=GetCapabilities&sections=Contents"));
        assertThat(caps.text("//sos:ObservationOffering[swes:identifier='37-20002_offering']/sos:phenomenonTime"
                + "/gml:TimePeriod/gml:endPosition")).as("one observation: a period of one instant")
                .isEqualTo("2015-01-01T00:00:00Z");
    }

    /** ets InsertSensor invalid requests: a procedure offered already, another format, no description, KVP. */
    @Test
    void invalidInsertionsAreRefused() throws Exception {
        ok(sos.pox(insertSensor("37-20003")));
        exception(sos.pox(insertSensor("37-20003")), 400, "InvalidParameterValue", "procedureDescription");
        exception(sos.pox(insertSensor("37-20004", "http://www.opengis.net/sensorML/1.0.1")), 400,
                "InvalidParameterValue", "procedureDescriptionFormat");
        exception(sos.pox("<swes:InsertSensor service=\"SOS\" version=\"2.0.0\" xmlns:swes=\"http://www.opengis.net/swes/2.0\">"
                + "<swes:procedureDescriptionFormat>http://www.opengis.net/sensorml/2.0</swes:procedureDescriptionFormat>"
                + "<swes:observableProperty>x</swes:observableProperty></swes:InsertSensor>"), 400,
                "MissingParameterValue", "procedureDescription");
        exception(sos.kvp("service=SOS&version=2.0.0&request=InsertSensor&procedureDescriptionFormat=x"), 501,
                "OperationNotSupported", "request");
        assertThat(sta("/v1.1/Sensors?$count=true&$filter=properties/sos_procedure%20eq%20'37-20004'")
                .path("@iot.count").asLong()).isZero();
    }
}
