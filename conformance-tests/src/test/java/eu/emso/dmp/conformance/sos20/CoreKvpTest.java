package eu.emso.dmp.conformance.sos20;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.conformance.sta11.support.OceanDataSet;
import eu.emso.dmp.server.sos.support.XmlDoc;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SOS 2.0 Core with the KVP binding ({@code http://www.opengis.net/spec/SOS/2.0/conf/core} and
 * {@code .../kvp-core}), the groups 03 (GetCapabilities), 04 (DescribeSensor) and 05
 * (GetObservation) of ets-sos20: the capabilities with their sections, operations, filter
 * capabilities and offerings; a SensorML description of each procedure; GetObservation with each
 * filter answering exactly the data set's observations; and for every parameter, left empty or
 * given a value the server does not offer, an exception report with the code and the parameter as
 * locator.
 */
class CoreKvpTest extends SosServerTest {
    private static final String SML = "http://www.opengis.net/sensorml/2.0";
    private static final String ALL_SECTIONS = "/sos:Capabilities/*";

    @Test
    @DisplayName("03.01, 03.03: GetCapabilities with service=SOS answers every section, schema-valid")
    void capabilitiesHaveEverySection() {
        XmlDoc caps = ok(sos.getRaw("service", "SOS", "request", "GetCapabilities"));
        assertThat(caps.text("/sos:Capabilities/@version")).isEqualTo("2.0.0");
        for (String s : List.of("ows:ServiceIdentification", "ows:ServiceProvider", "ows:OperationsMetadata",
                "sos:filterCapabilities", "sos:contents")) {
            assertThat(caps.count("/sos:Capabilities/" + s)).as(s).isEqualTo(1);
        }
        assertThat(caps.text("//ows:ServiceIdentification/ows:ServiceType")).isEqualTo("OGC:SOS");
        assertThat(caps.all("//ows:ServiceIdentification/ows:Profile"))
                .contains("http://www.opengis.net/spec/SOS/2.0/conf/core", "http://www.opengis.net/spec/SOS/2.0/conf/kvp-core");
    }

    @Test
    @DisplayName("03.02: OperationsMetadata has GetCapabilities, DescribeSensor and GetObservation with a GET endpoint")
    void mandatoryOperations() {
        XmlDoc caps = ok(sos.get("GetCapabilities", "sections", "OperationsMetadata"));
        for (String op : List.of("GetCapabilities", "DescribeSensor", "GetObservation")) {
            assertThat(caps.text("//ows:Operation[@name='" + op + "']/ows:DCP/ows:HTTP/ows:Get/@xlink:href"))
                    .as(op).startsWith(sos.service().toString());
        }
        // the endpoint the capabilities give is the one that answers
        String get = caps.text("//ows:Operation[@name='GetObservation']/ows:DCP/ows:HTTP/ows:Get/@xlink:href");
        assertThat(get).startsWith(server.process().baseUrl().toString());
    }

    @Test
    @DisplayName("03.03, 03.04: each section alone answers only itself; an unknown section is InvalidParameterValue/sections")
    void sections() {
        XmlDoc caps = ok(sos.get("GetCapabilities"));
        List<String> allowed = caps.all("//ows:Operation[@name='GetCapabilities']/ows:Parameter[@name='sections']"
                + "/ows:AllowedValues/ows:Value");
        assertThat(allowed).contains("ServiceIdentification", "ServiceProvider", "OperationsMetadata",
                "FilterCapabilities", "Contents", "All");
        for (String s : allowed) {
            XmlDoc one = ok(sos.get("GetCapabilities", "sections", s));
            int expected = s.equals("All") ? caps.count(ALL_SECTIONS) : 1;
            assertThat(one.count(ALL_SECTIONS)).as("sections=" + s).isEqualTo(expected);
        }
        exception(sos.get("GetCapabilities", "sections", "Sensors"), 400, "InvalidParameterValue", "sections");
    }

    @Test
    @DisplayName("03.05, 03.06: Filter_Capabilities offer BBOX and the temporal During and TEquals")
    void filterCapabilities() {
        XmlDoc caps = ok(sos.get("GetCapabilities", "sections", "FilterCapabilities"));
        String fc = "/sos:Capabilities/sos:filterCapabilities/fes:Filter_Capabilities";
        assertThat(caps.all(fc + "/fes:Spatial_Capabilities/fes:SpatialOperators/fes:SpatialOperator/@name"))
                .contains("BBOX");
        assertThat(caps.all(fc + "/fes:Temporal_Capabilities/fes:TemporalOperators/fes:TemporalOperator/@name"))
                .contains("During", "TEquals");
        assertThat(caps.all(fc + "/fes:Temporal_Capabilities/fes:TemporalOperands/fes:TemporalOperand/@name"))
                .contains("gml:TimePeriod", "gml:TimeInstant");
    }

    @Test
    @DisplayName("03.07, 03.08: the offering names its procedure, both properties, the data set's time, and O&M 2.0")
    void offering() {
        XmlDoc caps = ok(sos.get("GetCapabilities", "sections", "Contents"));
        String o = "//sos:ObservationOffering[swes:identifier='" + OFFERING + "']";
        assertThat(caps.count(o)).isEqualTo(1);
        assertThat(caps.all(o + "/swes:procedure")).containsExactly(PROCEDURE);
        assertThat(caps.all(o + "/swes:observableProperty")).containsExactlyInAnyOrder(TEMP, PSAL);
        assertThat(caps.all(o + "/swes:procedureDescriptionFormat")).contains(SML);
        assertThat(caps.all(o + "/sos:responseFormat")).contains("http://www.opengis.net/om/2.0");
        assertThat(caps.text(o + "/sos:phenomenonTime/gml:TimePeriod/gml:beginPosition"))
                .isEqualTo(OceanDataSet.OBSEA_TEMP.time(0).toString());
        assertThat(caps.text(o + "/sos:phenomenonTime/gml:TimePeriod/gml:endPosition"))
                .isEqualTo(OceanDataSet.OBSEA_TEMP.lastTime().toString());
    }

    @Test
    @DisplayName("04: DescribeSensor answers SensorML 2.0 of the procedure; missing and unknown parameters are refused")
    void describeSensor() {
        XmlDoc d = ok(sos.get("DescribeSensor", "procedure", PROCEDURE, "procedureDescriptionFormat", SML));
        assertThat(d.text("//swes:description//sml:PhysicalSystem/gml:identifier")).isEqualTo(PROCEDURE);
        assertThat(d.text("/swes:DescribeSensorResponse/swes:procedureDescriptionFormat")).isEqualTo(SML);
        exception(sos.get("DescribeSensor", "procedureDescriptionFormat", SML), 400, "MissingParameterValue", "procedure");
        exception(sos.get("DescribeSensor", "procedure", null, "procedureDescriptionFormat", SML), 400,
                "MissingParameterValue", "procedure");
        exception(sos.get("DescribeSensor", "procedure", "no-such-sensor", "procedureDescriptionFormat", SML), 400,
                "InvalidParameterValue", "procedure");
        exception(sos.get("DescribeSensor", "procedure", PROCEDURE), 400, "MissingParameterValue",
                "procedureDescriptionFormat");
        exception(sos.get("DescribeSensor", "procedure", PROCEDURE, "procedureDescriptionFormat", "text/html"), 400,
                "InvalidParameterValue", "procedureDescriptionFormat");
    }

    @Test
    @DisplayName("05: GetObservation by offering, procedure and observedProperty answers every observation of them")
    void observationsBySeries() {
        XmlDoc all = ok(sos.get("GetObservation", "offering", OFFERING, "procedure", PROCEDURE));
        assertThat(all.count("//om:OM_Observation")).isEqualTo(OceanDataSet.observationCount());
        XmlDoc psal = ok(sos.get("GetObservation", "offering", OFFERING, "observedProperty", PSAL));
        assertThat(psal.all("//om:OM_Observation/om:result").stream().map(Double::valueOf).toList())
                .containsExactlyElementsOf(OceanDataSet.OBSEA_PSAL.values().stream().map(v -> v.doubleValue()).toList());
        assertThat(psal.all("//om:OM_Observation/om:result/@uom")).containsOnly("PSU");
        assertThat(psal.all("//om:OM_Observation/om:procedure/@xlink:href")).containsOnly(PROCEDURE);
    }

    @Test
    @DisplayName("05: featureOfInterest, temporalFilter (During, TEquals, latest) and spatialFilter (BBOX) select exactly")
    void observationsByFilter() {
        XmlDoc w1m3a = ok(sos.get("GetObservation", "observedProperty", TEMP, "featureOfInterest", W1M3A));
        assertThat(w1m3a.count("//om:OM_Observation")).isEqualTo(OceanDataSet.W1M3A_TEMP.size());
        String first6h = OceanDataSet.OBSEA_TEMP.time(0) + "/" + OceanDataSet.OBSEA_TEMP.time(5);
        XmlDoc during = ok(sos.get("GetObservation", "observedProperty", TEMP, "featureOfInterest", OBSEA,
                "temporalFilter", "om:phenomenonTime," + first6h));
        assertThat(during.count("//om:OM_Observation")).isEqualTo(6);
        XmlDoc equals = ok(sos.get("GetObservation", "observedProperty", PSAL,
                "temporalFilter", "om:phenomenonTime," + OceanDataSet.OBSEA_PSAL.time(3)));
        assertThat(equals.all("//om:result").stream().map(Double::valueOf).toList())
                .containsExactly(OceanDataSet.OBSEA_PSAL.value(3).doubleValue());
        XmlDoc latest = ok(sos.get("GetObservation", "offering", OFFERING, "observedProperty", TEMP,
                "temporalFilter", "om:phenomenonTime,latest"));
        assertThat(latest.count("//om:OM_Observation")).as("one per TEMP Datastream").isEqualTo(2);
        XmlDoc bbox = ok(sos.get("GetObservation", "offering", OFFERING, "observedProperty", TEMP,
                "spatialFilter", "om:featureOfInterest/*/sams:shape,43,9,44,10,http://www.opengis.net/def/crs/EPSG/0/4326"));
        assertThat(bbox.all("//om:featureOfInterest/@xlink:href")).hasSize(OceanDataSet.W1M3A_TEMP.size()).containsOnly(W1M3A);
    }

    @Test
    @DisplayName("05.01-05.05: service and version missing, empty or wrong")
    void serviceAndVersion() {
        String[] go = {"request", "GetObservation", "offering", OFFERING};
        exception(sos.getRaw(with(go, "version", "2.0.0")), 400, "MissingParameterValue", "service");
        exception(sos.getRaw(with(go, "service", null, "version", "2.0.0")), 400, "MissingParameterValue", "service");
        exception(sos.getRaw(with(go, "service", "SPS", "version", "2.0.0")), 400, "InvalidParameterValue", "service");
        exception(sos.getRaw(with(go, "service", "SOS")), 400, "MissingParameterValue", "version");
        exception(sos.getRaw(with(go, "service", "SOS", "version", null)), 400, "MissingParameterValue", "version");
        exception(sos.getRaw(with(go, "service", "SOS", "version", "1.0.0")), 400, "InvalidParameterValue", "version");
    }

    @Test
    @DisplayName("05.06-05.14: offering, procedure, observedProperty and featureOfInterest empty or unknown")
    void selectionParameters() {
        for (String p : List.of("offering", "procedure", "observedProperty", "featureOfInterest")) {
            exception(sos.get("GetObservation", p, null), 400, "MissingParameterValue", p);
            exception(sos.get("GetObservation", p, "2017-02-01T00:00:00Z"), 400, "InvalidParameterValue", p);
        }
    }

    @Test
    @DisplayName("05.15-05.20: temporalFilter and spatialFilter malformed, and an unknown responseFormat")
    void filterParameters() {
        for (String bad : List.of("om:phenomenonTime", "om:phenomenonTime,yesterday", "om:samplingTime,2017-02-01T00:00:00Z")) {
            exception(sos.get("GetObservation", "temporalFilter", bad), 400, "InvalidParameterValue", "temporalFilter");
        }
        for (String bad : List.of("om:featureOfInterest/*/sams:shape,43,9", "om:featureOfInterest/*/sams:shape,a,b,c,d")) {
            exception(sos.get("GetObservation", "spatialFilter", bad), 400, "InvalidParameterValue", "spatialFilter");
        }
        exception(sos.get("GetObservation", "responseFormat", "text/csv"), 400, "InvalidParameterValue", "responseFormat");
    }

    private static String[] with(String[] base, String... more) {
        String[] out = new String[base.length + more.length];
        System.arraycopy(more, 0, out, 0, more.length);
        System.arraycopy(base, 0, out, more.length, base.length);
        return out;
    }
}
