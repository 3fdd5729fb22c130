package eu.emso.dmp.server.sos.gda;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;
import static eu.emso.dmp.server.sos.support.SosFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.emso.dmp.server.sos.support.SosFixture;
import eu.emso.dmp.server.sos.support.XmlDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GetDataAvailability as 52°North's SOS serves it (conformance URI
 * {@code http://www.opengis.net/spec/SOS/2.0/conf/daRetrieval}): one member per procedure,
 * observed property and feature of interest with its phenomenon time period, in the 1.0 and 2.0
 * styles, over KVP and POX, kept current by the write path.
 */
class DataAvailabilityTest {
    private static final String KVP = "service=SOS&version=2.0.0&request=GetDataAvailability";
    private static final String MEMBER = "/gda:GetDataAvailabilityResponse/gda:dataAvailabilityMember";
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    private static String member(String property) {
        return MEMBER + "[gda:observedProperty/@xlink:href='" + property + "']";
    }

    /** Every series with procedure, observed property, feature of interest and phenomenon time (1.0 style). */
    @Test
    void everySeriesWithItsPhenomenonTime() {
        XmlDoc d = ok(sos.kvp(KVP));
        assertThat(d.count(MEMBER + "[gda:featureOfInterest/@xlink:href!='Second point']")).isEqualTo(3);
        String temp = member(SosFixture.TEMP);
        assertThat(d.text(temp + "/gda:procedure/@xlink:href")).isEqualTo("37-14998");
        assertThat(d.text(temp + "/gda:featureOfInterest/@xlink:href")).isEqualTo("OBSEA sampling point");
        assertThat(d.text(temp + "/gda:phenomenonTime/gml:TimePeriod/gml:beginPosition")).isEqualTo("2014-02-01T00:00:00Z");
        assertThat(d.text(temp + "/gda:phenomenonTime/gml:TimePeriod/gml:endPosition")).isEqualTo("2014-02-01T09:00:00Z");
        assertThat(d.text(member(SosFixture.DOX2) + "//gml:endPosition")).isEqualTo("2014-02-01T02:00:00Z");
        assertThat(d.count(MEMBER + "/gda:offering")).isZero();
    }

    /** Filters procedure, observedProperty, featureOfInterest, offering; unknown identifiers are exceptions. */
    @Test
    void filtersAndUnknownIdentifiers() {
        assertThat(ok(sos.kvp(KVP + "&procedure=37-14998")).count(MEMBER)).isEqualTo(2);
        assertThat(ok(sos.kvp(KVP + "&observedProperty=" + enc(SosFixture.CNDC))).all(MEMBER + "//gml:endPosition"))
                .containsExactly("2014-02-01T04:00:00Z");
        assertThat(ok(sos.kvp(KVP + "&featureOfInterest=" + enc("Far sampling point"))).all(MEMBER
                + "/gda:procedure/@xlink:href")).containsExactly("4831-606");
        assertThat(ok(sos.kvp(KVP + "&offering=SBE37_data&observedProperty=" + enc(SosFixture.DOX2))).count(MEMBER))
                .isZero();
        exception(sos.kvp(KVP + "&procedure=nope"), 400, "InvalidParameterValue", "procedure");
        exception(sos.kvp(KVP + "&featureOfInterest=nope"), 400, "InvalidParameterValue", "featureOfInterest");
        exception(sos.kvp(KVP + "&responseFormat=text/csv"), 400, "InvalidParameterValue", "responseFormat");
    }

    /** The 2.0 style, by KVP responseFormat and by a POX request in its namespace: offering and formats too. */
    @Test
    void version20StyleKvpAndPox() {
        XmlDoc k = ok(sos.kvp(KVP + "&procedure=4831-606&responseFormat=" + enc("http://www.opengis.net/sosgda/2.0")));
        String m = "/gda20:GetDataAvailabilityResponse/gda20:dataAvailabilityMember";
        assertThat(k.text(m + "/gda20:offering/@xlink:href")).isEqualTo("4831-606_data");
        assertThat(k.text(m + "/gda20:formatDescriptor//gda20:responseFormat")).isEqualTo("http://www.opengis.net/om/2.0");
        XmlDoc p = ok(sos.pox("<gda:GetDataAvailability service=\"SOS\" version=\"2.0.0\" "
                + "xmlns:gda=\"http://www.opengis.net/sosgda/2.0\"><gda:procedure>37-14998</gda:procedure>"
                + "<gda:observedProperty>" + SosFixture.TEMP + "</gda:observedProperty></gda:GetDataAvailability>"));
        assertThat(p.all(m + "/gda20:offering/@xlink:href")).containsExactly("SBE37_data");
        XmlDoc v1 = ok(sos.pox("<gda:GetDataAvailability service=\"SOS\" version=\"2.0.0\" "
                + "xmlns:gda=\"http://www.opengis.net/sosgda/1.0\"><gda:offering>SBE37_data</gda:offering>"
                + "</gda:GetDataAvailability>"));
        assertThat(v1.count(MEMBER)).isEqualTo(2);
    }

    /** Observations written later (here over SensorThings) widen the period and add series for new features. */
    @Test
    void writesKeepAvailabilityCurrent() throws Exception {
        ObjectMapper json = new ObjectMapper();
        long ds = json.readTree(sos.server().get("/v1.1/Datastreams?$filter=name%20eq%20'DOX2'").body())
                .path("value").get(0).path("@iot.id").asLong();
        long foi = sos.create("FeaturesOfInterest", "{\"name\": \"Second point\", \"description\": \"moved\", "
                + "\"encodingType\": \"application/geo+json\", \"feature\": {\"type\": \"Point\", \"coordinates\": [10.1, 50.1]}}");
        sos.create("Observations", "{\"phenomenonTime\": \"2014-03-01T00:00:00Z\", \"result\": 230.0, "
                + "\"Datastream\": {\"@iot.id\": " + ds + "}, \"FeatureOfInterest\": {\"@iot.id\": " + foi + "}}");
        sos.create("Observations", "{\"phenomenonTime\": \"2014-03-02T00:00:00Z\", \"result\": 231.0, "
                + "\"Datastream\": {\"@iot.id\": " + ds + "}, \"FeatureOfInterest\": {\"@iot.id\": " + foi + "}}");
        XmlDoc d = ok(sos.kvp(KVP + "&procedure=4831-606"));
        String second = MEMBER + "[gda:featureOfInterest/@xlink:href='Second point']";
        assertThat(d.text(second + "//gml:beginPosition")).isEqualTo("2014-03-01T00:00:00Z");
        assertThat(d.text(second + "//gml:endPosition")).isEqualTo("2014-03-02T00:00:00Z");
        assertThat(d.text(MEMBER + "[gda:featureOfInterest/@xlink:href='Far sampling point']//gml:endPosition"))
                .isEqualTo("2014-02-01T02:00:00Z");
    }

    /** The capabilities list the operation and its conformance URI, because a handler is registered. */
    @Test
    void capabilitiesAdvertiseDataAvailability() {
        XmlDoc d = ok(sos.kvp("service=SOS&request=GetCapabilities&sections=OperationsMetadata,ServiceIdentification"));
        assertThat(d.all("//ows:Operation/@name")).contains("GetDataAvailability");
        assertThat(d.all("//ows:Profile")).contains("http://www.opengis.net/spec/SOS/2.0/conf/daRetrieval");
    }
}
