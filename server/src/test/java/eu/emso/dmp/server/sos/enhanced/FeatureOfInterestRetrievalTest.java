package eu.emso.dmp.server.sos.enhanced;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;
import static eu.emso.dmp.server.sos.support.SosFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.sos.support.SosFixture;
import eu.emso.dmp.server.sos.support.XmlDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature of interest retrieval ({@code http://www.opengis.net/spec/SOS/2.0/conf/foiRetrieval},
 * OGC 12-006 clause 9.1, ets-sos20 GetFeatureOfInterest): sampling points filtered by identifier,
 * procedure, observed property and BBOX, over KVP and POX; every response schema-valid.
 */
class FeatureOfInterestRetrievalTest {
    private static final String KVP = "service=SOS&version=2.0.0&request=GetFeatureOfInterest";
    private static final String MEMBER = "/sos:GetFeatureOfInterestResponse/sos:featureMember/sams:SF_SpatialSamplingFeature";
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    /** 12-006 req /foiRetrieval/features-response: every feature as an SF_SamplingPoint with its shape. */
    @Test
    void allFeaturesAreSamplingPoints() {
        XmlDoc d = ok(sos.kvp(KVP));
        assertThat(d.all(MEMBER + "/gml:identifier")).containsExactlyInAnyOrder("OBSEA sampling point",
                "Far sampling point");
        String obsea = MEMBER + "[gml:identifier='OBSEA sampling point']";
        assertThat(d.text(obsea + "/sf:type/@xlink:href")).endsWith("SF_SamplingPoint");
        assertThat(d.text(obsea + "/sams:shape/gml:Point/gml:pos")).isEqualTo("41.1819 1.7527");
    }

    /** 12-006 clause 9.1.2: featureOfInterest, procedure and observedProperty filters, ANDed. */
    @Test
    void filtersByIdentifierProcedureAndProperty() {
        assertThat(ok(sos.kvp(KVP + "&featureOfInterest=" + enc("Far sampling point"))).all(MEMBER + "/gml:name"))
                .containsExactly("Far sampling point");
        assertThat(ok(sos.kvp(KVP + "&procedure=37-14998")).all(MEMBER + "/gml:identifier"))
                .containsExactly("OBSEA sampling point");
        assertThat(ok(sos.kvp(KVP + "&observedProperty=" + enc(SosFixture.DOX2))).all(MEMBER + "/gml:identifier"))
                .containsExactly("Far sampling point");
        assertThat(ok(sos.kvp(KVP + "&procedure=37-14998&observedProperty=" + enc(SosFixture.DOX2)))
                .count(MEMBER)).isZero();
    }

    /** 12-006 clause 9.1.2 spatialFilter: BBOX on the feature's shape, by KVP and by POX (fes:BBOX). */
    @Test
    void spatialFilterKvpAndPox() {
        XmlDoc k = ok(sos.kvp(KVP + "&spatialFilter=" + enc("om:featureOfInterest/*/sams:shape,41,1,42,2")));
        assertThat(k.all(MEMBER + "/gml:identifier")).containsExactly("OBSEA sampling point");
        XmlDoc p = ok(sos.pox("<sos:GetFeatureOfInterest service=\"SOS\" version=\"2.0.0\" "
                + "xmlns:sos=\"http://www.opengis.net/sos/2.0\" xmlns:fes=\"http://www.opengis.net/fes/2.0\" "
                + "xmlns:gml=\"http://www.opengis.net/gml/3.2\"><sos:procedure>4831-606</sos:procedure>"
                + "<sos:spatialFilter><fes:BBOX><fes:ValueReference>sams:shape</fes:ValueReference>"
                + "<gml:Envelope srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\"><gml:lowerCorner>49 9</gml:lowerCorner>"
                + "<gml:upperCorner>51 11</gml:upperCorner></gml:Envelope></fes:BBOX></sos:spatialFilter>"
                + "</sos:GetFeatureOfInterest>"));
        assertThat(p.all(MEMBER + "/gml:identifier")).containsExactly("Far sampling point");
    }

    /** ets GetFeatureOfInterest invalid parameters: InvalidParameterValue with the parameter as locator. */
    @Test
    void unknownIdentifiersAreInvalidParameterValues() {
        exception(sos.kvp(KVP + "&featureOfInterest=nope"), 400, "InvalidParameterValue", "featureOfInterest");
        exception(sos.kvp(KVP + "&procedure=nope"), 400, "InvalidParameterValue", "procedure");
        exception(sos.kvp(KVP + "&observedProperty=nope"), 400, "InvalidParameterValue", "observedProperty");
        exception(sos.kvp(KVP + "&spatialFilter=sams:shape,1,2"), 400, "InvalidParameterValue", "spatialFilter");
    }

    /** 12-006 clause 8.1.2: capabilities list the operation and the conformance class, computed from the handlers. */
    @Test
    void capabilitiesAdvertiseEnhancedOperations() {
        XmlDoc d = ok(sos.kvp("service=SOS&request=GetCapabilities"));
        assertThat(d.all("//ows:Operation/@name")).contains("GetFeatureOfInterest", "GetObservationById");
        assertThat(d.all("//ows:Profile")).contains("http://www.opengis.net/spec/SOS/2.0/conf/foiRetrieval",
                "http://www.opengis.net/spec/SOS/2.0/conf/obsByIdRetrieval");
        assertThat(d.all("//ows:Operation[@name='GetFeatureOfInterest']/ows:Parameter[@name='procedure']//ows:Value"))
                .contains("37-14998", "4831-606");
    }
}
