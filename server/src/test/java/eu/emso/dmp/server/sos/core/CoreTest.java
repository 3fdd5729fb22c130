package eu.emso.dmp.server.sos.core;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.sos.support.SosFixture;
import eu.emso.dmp.server.sos.support.XmlDoc;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SOS 2.0 Core ({@code http://www.opengis.net/spec/SOS/2.0/conf/core}, OGC 12-006 clause 8):
 * GetCapabilities, DescribeSensor and GetObservation by KVP and POX; every response is
 * validated against the OGC schemas. Test names follow the ets-sos20 test groups
 * (02 GetCapabilities, 04 DescribeSensor, 05 GetObservation).
 */
class CoreTest {
    private static final String KVP = "service=SOS&version=2.0.0&request=";
    private static final String POX = "service=\"SOS\" version=\"2.0.0\" xmlns:sos=\"http://www.opengis.net/sos/2.0\" "
            + "xmlns:swes=\"http://www.opengis.net/swes/2.0\" xmlns:fes=\"http://www.opengis.net/fes/2.0\" "
            + "xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:ows=\"http://www.opengis.net/ows/1.1\"";
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** 12-006 req /core/gc: capabilities list every Datastream's offering and procedure (ets 02 GetCapabilities). */
    @Test
    void capabilitiesListOfferingsProceduresAndPropertiesKvp() {
        XmlDoc d = ok(sos.kvp("service=SOS&request=GetCapabilities"));
        String offering = "//sos:ObservationOffering[swes:identifier='SBE37_data']";
        assertThat(d.text(offering + "/swes:procedure")).isEqualTo("37-14998");
        assertThat(d.all(offering + "/swes:observableProperty")).containsExactlyInAnyOrder(SosFixture.TEMP, SosFixture.CNDC);
        assertThat(d.text(offering + "/sos:responseFormat")).isEqualTo("http://www.opengis.net/om/2.0");
        assertThat(d.text(offering + "/sos:phenomenonTime/gml:TimePeriod/gml:beginPosition")).isEqualTo("2014-02-01T00:00:00Z");
        assertThat(d.text("//sos:ObservationOffering[swes:procedure='4831-606']/swes:identifier")).isEqualTo("4831-606_data");
        assertThat(d.all("//ows:Profile")).contains("http://www.opengis.net/spec/SOS/2.0/conf/core",
                "http://www.opengis.net/spec/SOS/2.0/conf/kvp-core");
    }

    /** 12-006 req /core/gc-filter-capabilities and OWS ows:Get per operation (ets 02.xx operations metadata). */
    @Test
    void capabilitiesAdvertiseFiltersAndGetLinks() {
        XmlDoc d = ok(sos.kvp("service=SOS&request=GetCapabilities&AcceptVersions=2.0.0"));
        assertThat(d.all("//fes:TemporalOperator/@name")).contains("During", "TEquals");
        assertThat(d.all("//fes:SpatialOperator/@name")).contains("BBOX");
        for (String op : new String[] {"GetCapabilities", "DescribeSensor", "GetObservation"}) {
            assertThat(d.text("//ows:Operation[@name='" + op + "']/ows:DCP/ows:HTTP/ows:Get/@xlink:href"))
                    .startsWith(sos.serviceUrl());
        }
    }

    /** 12-006 clause 8.1.1 sections: only the sections asked for. */
    @Test
    void capabilitiesSectionsAreHonouredOverPox() {
        XmlDoc d = ok(sos.pox("<sos:GetCapabilities service=\"SOS\" xmlns:sos=\"http://www.opengis.net/sos/2.0\" "
                + "xmlns:ows=\"http://www.opengis.net/ows/1.1\"><ows:AcceptVersions><ows:Version>2.0.0</ows:Version>"
                + "</ows:AcceptVersions><ows:Sections><ows:Section>Contents</ows:Section></ows:Sections>"
                + "</sos:GetCapabilities>"));
        assertThat(d.count("//sos:ObservationOffering")).isEqualTo(2);
        assertThat(d.count("//ows:OperationsMetadata")).isZero();
    }

    /** 12-006 req /core/ds: SensorML 2.0 inside swes:DescribeSensorResponse (ets 04 DescribeSensor, KVP). */
    @Test
    void describeSensorReturnsSensorMl2Kvp() {
        XmlDoc d = ok(sos.kvp(KVP + "DescribeSensor&procedure=37-14998&procedureDescriptionFormat="
                + enc("http://www.opengis.net/sensorml/2.0")));
        String system = "//swes:description/swes:SensorDescription/swes:data/sml:PhysicalSystem";
        assertThat(d.text(system + "/gml:identifier")).isEqualTo("37-14998");
        assertThat(d.all(system + "//sml:output/swe:Quantity/@definition"))
                .containsExactlyInAnyOrder(SosFixture.TEMP, SosFixture.CNDC);
        assertThat(d.text(system + "/sml:position/gml:Point/gml:pos")).isEqualTo("41.1819 1.7527");
    }

    /** ets 04 DescribeSensor over POX; an unknown procedure is InvalidParameterValue, locator procedure. */
    @Test
    void describeSensorOverPoxAndUnknownProcedure() {
        String body = "<swes:DescribeSensor " + POX + "><swes:procedure>%s</swes:procedure>"
                + "<swes:procedureDescriptionFormat>http://www.opengis.net/sensorml/2.0</swes:procedureDescriptionFormat>"
                + "</swes:DescribeSensor>";
        XmlDoc d = ok(sos.pox(body.formatted("4831-606")));
        assertThat(d.text("//sml:PhysicalSystem/gml:identifier")).isEqualTo("4831-606");
        exception(sos.pox(body.formatted("no-such-sensor")), 400, "InvalidParameterValue", "procedure");
    }

    /** ets 05 GetObservation: offering, procedure and observedProperty select O&M 2.0 measurements. */
    @Test
    void getObservationByOfferingAndProperty() {
        XmlDoc d = ok(sos.kvp(KVP + "GetObservation&offering=SBE37_data&procedure=37-14998&observedProperty="
                + enc(SosFixture.TEMP)));
        assertThat(d.count("//om:OM_Observation")).isEqualTo(10);
        assertThat(d.text("(//om:OM_Observation)[1]/om:type/@xlink:href")).endsWith("OM_Measurement");
        assertThat(d.text("(//om:OM_Observation)[1]/om:result")).isEqualTo("13.0");
        assertThat(d.text("(//om:OM_Observation)[1]/om:result/@uom")).isEqualTo("degC");
        assertThat(d.text("(//om:OM_Observation)[1]/om:featureOfInterest/@xlink:href")).isEqualTo("OBSEA sampling point");
        assertThat(d.text("(//om:OM_Observation)[1]//gml:timePosition")).isEqualTo("2014-02-01T00:00:00Z");
    }

    /** 12-006 clause 8.4.2 temporalFilter During, by KVP and by POX (fes:During). */
    @Test
    void temporalFilterDuring() {
        String during = "om:phenomenonTime,2014-02-01T01:00:00Z/2014-02-01T03:00:00Z";
        XmlDoc k = ok(sos.kvp(KVP + "GetObservation&offering=SBE37_data&temporalFilter=" + enc(during)));
        assertThat(k.count("//om:OM_Observation")).isEqualTo(6);
        XmlDoc p = ok(sos.pox("<sos:GetObservation " + POX + "><sos:procedure>37-14998</sos:procedure>"
                + "<sos:observedProperty>" + SosFixture.TEMP + "</sos:observedProperty><sos:temporalFilter><fes:During>"
                + "<fes:ValueReference>om:phenomenonTime</fes:ValueReference><gml:TimePeriod gml:id=\"tp\">"
                + "<gml:beginPosition>2014-02-01T01:00:00Z</gml:beginPosition><gml:endPosition>2014-02-01T03:00:00Z"
                + "</gml:endPosition></gml:TimePeriod></fes:During></sos:temporalFilter></sos:GetObservation>"));
        assertThat(p.all("//om:result")).containsExactly("13.1", "13.2", "13.3");
    }

    /** TM_Equals on an instant, and the 52°North extensions latest / first per Datastream. */
    @Test
    void temporalFilterEqualsLatestAndFirst() {
        XmlDoc eq = ok(sos.kvp(KVP + "GetObservation&observedProperty=" + enc(SosFixture.TEMP) + "&temporalFilter="
                + enc("om:phenomenonTime,2014-02-01T04:00:00Z")));
        assertThat(eq.all("//om:result")).containsExactly("13.4");
        XmlDoc latest = ok(sos.kvp(KVP + "GetObservation&offering=SBE37_data&temporalFilter="
                + enc("om:phenomenonTime,latest")));
        assertThat(latest.all("//om:result")).containsExactlyInAnyOrder("13.9", "4.6");
        XmlDoc first = ok(sos.kvp(KVP + "GetObservation&procedure=4831-606&temporalFilter=" + enc("om:phenomenonTime,first")));
        assertThat(first.all("//om:result")).containsExactly("220.0");
    }

    /** 12-006 clause 8.4.2 spatialFilter BBOX on the feature's shape; featureOfInterest filter. */
    @Test
    void spatialFilterAndFeatureOfInterest() {
        XmlDoc box = ok(sos.kvp(KVP + "GetObservation&spatialFilter="
                + enc("om:featureOfInterest/*/sams:shape,49,9,51,11,http://www.opengis.net/def/crs/EPSG/0/4326")));
        assertThat(box.count("//om:OM_Observation")).isEqualTo(3);
        assertThat(box.all("//om:procedure/@xlink:href")).containsOnly("4831-606");
        XmlDoc foi = ok(sos.kvp(KVP + "GetObservation&featureOfInterest=" + enc("OBSEA sampling point")));
        assertThat(foi.count("//om:OM_Observation")).isEqualTo(15);
    }

    /** ets 05 invalid offering / observedProperty / featureOfInterest: InvalidParameterValue, locator the parameter. */
    @Test
    void unknownIdentifiersAreInvalidParameterValues() {
        exception(sos.kvp(KVP + "GetObservation&offering=nope"), 400, "InvalidParameterValue", "offering");
        exception(sos.kvp(KVP + "GetObservation&observedProperty=nope"), 400, "InvalidParameterValue", "observedProperty");
        exception(sos.kvp(KVP + "GetObservation&procedure=nope"), 400, "InvalidParameterValue", "procedure");
        exception(sos.kvp(KVP + "GetObservation&featureOfInterest=nope"), 400, "InvalidParameterValue", "featureOfInterest");
        exception(sos.kvp(KVP + "GetObservation&responseFormat=text/csv"), 400, "InvalidParameterValue", "responseFormat");
    }
}
