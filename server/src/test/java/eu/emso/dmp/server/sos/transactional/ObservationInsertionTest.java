package eu.emso.dmp.server.sos.transactional;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.emso.dmp.server.sos.support.SosFixture;
import eu.emso.dmp.server.sos.support.XmlDoc;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Observation insertion ({@code http://www.opengis.net/spec/SOS/2.0/conf/obsInsertion}, OGC
 * 12-006 clause 10.3, ets-sos20 InsertObservation): observations go through the store's one write
 * path, are seen at once over SOS and SensorThings, and sending them again stores nothing twice.
 */
class ObservationInsertionTest {
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    static String insert(String offering, String procedure, String property, String time, String result, String foi) {
        return ("<sos:InsertObservation service=\"SOS\" version=\"2.0.0\" xmlns:sos=\"http://www.opengis.net/sos/2.0\" "
                + "xmlns:om=\"http://www.opengis.net/om/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:sams=\"http://www.opengis.net/samplingSpatial/2.0\" xmlns:sf=\"http://www.opengis.net/sampling/2.0\">"
                + "<sos:offering>%s</sos:offering><sos:observation><om:OM_Observation gml:id=\"o1\">"
                + "<om:type xlink:href=\"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement\"/>"
                + "<om:phenomenonTime><gml:TimeInstant gml:id=\"t1\"><gml:timePosition>%s</gml:timePosition>"
                + "</gml:TimeInstant></om:phenomenonTime><om:resultTime xlink:href=\"#t1\"/>"
                + "<om:procedure xlink:href=\"%s\"/><om:observedProperty xlink:href=\"%s\"/>%s"
                + "<om:result xsi:type=\"gml:MeasureType\" uom=\"degC\">%s</om:result></om:OM_Observation>"
                + "</sos:observation></sos:InsertObservation>").formatted(offering, time, procedure, property, foi, result);
    }

    static String foiRef(String id) {
        return "<om:featureOfInterest xlink:href=\"" + id + "\"/>";
    }

    private static long staCount(String filter) throws Exception {
        String body = sos.server().get("/v1.1/Observations?$count=true&$top=0&$filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20")).body();
        return new ObjectMapper().readTree(body).path("@iot.count").asLong();
    }

    /** 12-006 req /obsInsertion/io-response: an inserted observation is stored once and served over SOS and STA. */
    @Test
    void insertedObservationIsStoredOnceAndVisibleEverywhere() throws Exception {
        String req = insert("SBE37_data", "37-14998", SosFixture.TEMP, "2014-02-02T00:00:00Z", "14.25",
                foiRef("OBSEA sampling point"));
        XmlDoc d = ok(sos.pox(req));
        assertThat(d.count("/sos:InsertObservationResponse")).isEqualTo(1);
        ok(sos.pox(req));
        assertThat(staCount("phenomenonTime eq 2014-02-02T00:00:00Z")).isEqualTo(1);
        XmlDoc got = ok(sos.kvp("service=SOS&version=2.0.0&request=GetObservation&offering=SBE37_data&temporalFilter="
                + URLEncoder.encode("om:phenomenonTime,2014-02-02T00:00:00Z", StandardCharsets.UTF_8)));
        assertThat(got.all("//om:result")).containsExactly("14.25");
    }

    /** The write path's deduplication: another result at the same phenomenon time is refused, not stored. */
    @Test
    void conflictingResultIsRefused() throws Exception {
        ok(sos.pox(insert("SBE37_data", "37-14998", SosFixture.TEMP, "2014-02-03T00:00:00Z", "15.0",
                foiRef("OBSEA sampling point"))));
        exception(sos.pox(insert("SBE37_data", "37-14998", SosFixture.TEMP, "2014-02-03T00:00:00Z", "16.0",
                foiRef("OBSEA sampling point"))), 400, "InvalidParameterValue", "observation");
        assertThat(staCount("phenomenonTime eq 2014-02-03T00:00:00Z")).isEqualTo(1);
    }

    /** An inline SF_SpatialSamplingFeature is created once as a FeatureOfInterest and used by the observation. */
    @Test
    void inlineSamplingPointIsCreated() throws Exception {
        String inline = "<om:featureOfInterest><sams:SF_SpatialSamplingFeature gml:id=\"f1\">"
                + "<gml:identifier codeSpace=\"x\">obsea-mooring</gml:identifier><gml:name>OBSEA mooring</gml:name>"
                + "<sf:type xlink:href=\"http://www.opengis.net/def/samplingFeatureType/OGC-OM/2.0/SF_SamplingPoint\"/>"
                + "<sf:sampledFeature xlink:href=\"http://www.opengis.net/def/nil/OGC/0/unknown\"/>"
                + "<sams:shape><gml:Point gml:id=\"p1\"><gml:pos srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\">"
                + "41.18 1.75</gml:pos></gml:Point></sams:shape></sams:SF_SpatialSamplingFeature></om:featureOfInterest>";
        ok(sos.pox(insert("SBE37_data", "37-14998", SosFixture.TEMP, "2014-02-04T00:00:00Z", "13.5", inline)));
        ok(sos.pox(insert("SBE37_data", "37-14998", SosFixture.TEMP, "2014-02-04T01:00:00Z", "13.6", inline)));
        XmlDoc got = ok(sos.kvp("service=SOS&version=2.0.0&request=GetObservation&featureOfInterest=obsea-mooring"));
        assertThat(got.all("//om:result")).containsExactly("13.5", "13.6");
        String fois = sos.server().get("/v1.1/FeaturesOfInterest?$count=true&$filter=name%20eq%20'OBSEA%20mooring'").body();
        assertThat(new ObjectMapper().readTree(fois).path("@iot.count").asLong()).isEqualTo(1);
    }

    /** ets InsertObservation invalid offering / procedure not in the offering / unknown feature without geometry. */
    @Test
    void unmappableObservationsAreRefusedWithLocators() {
        exception(sos.pox(insert("nope", "37-14998", SosFixture.TEMP, "2014-02-05T00:00:00Z", "1", foiRef("OBSEA sampling point"))),
                400, "InvalidParameterValue", "offering");
        exception(sos.pox(insert("SBE37_data", "4831-606", SosFixture.DOX2, "2014-02-05T00:00:00Z", "1",
                foiRef("OBSEA sampling point"))), 400, "InvalidParameterValue", "observation");
        exception(sos.pox(insert("SBE37_data", "37-14998", SosFixture.TEMP, "2014-02-05T00:00:00Z", "1", foiRef("nowhere"))),
                400, "InvalidParameterValue", "observation");
        exception(sos.pox(insert("SBE37_data", "37-14998", SosFixture.TEMP, "2014-02-05T00:00:00Z", "warm",
                foiRef("OBSEA sampling point"))), 400, "InvalidParameterValue", "observation");
        exception(sos.kvp("service=SOS&version=2.0.0&request=InsertObservation&offering=SBE37_data"), 501,
                "OperationNotSupported", "request");
    }
}
