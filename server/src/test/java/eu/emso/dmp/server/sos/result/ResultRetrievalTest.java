package eu.emso.dmp.server.sos.result;

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
 * Result retrieval ({@code http://www.opengis.net/spec/SOS/2.0/conf/resultRetrieval}, OGC 12-006
 * clauses 11.3 and 11.4, ets-sos20 GetResultTemplate / GetResult): every Datastream answers
 * with a template (the inserted one, else time and value) and its results as text blocks.
 */
class ResultRetrievalTest {
    private static final String KVP = "service=SOS&version=2.0.0&request=";
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    /** Without an inserted template: phenomenon time and value, "," and "@@"; GetResult in that encoding. */
    @Test
    void standardTemplateAndResults() {
        XmlDoc t = ok(sos.kvp(KVP + "GetResultTemplate&offering=4831-606_data&observedProperty=" + enc(SosFixture.DOX2)));
        assertThat(t.all("//sos:resultStructure/swe:DataRecord/swe:field/@name")).containsExactly("phenomenonTime", "DOX2");
        assertThat(t.text("//swe:Quantity/swe:uom/@code")).isEqualTo("umol/L");
        assertThat(t.text("//swe:TextEncoding/@blockSeparator")).isEqualTo("@@");
        XmlDoc r = ok(sos.kvp(KVP + "GetResult&offering=4831-606_data&observedProperty=" + enc(SosFixture.DOX2)));
        assertThat(r.text("/sos:GetResultResponse/sos:resultValues")).isEqualTo(
                "2014-02-01T00:00:00Z,220.0@@2014-02-01T01:00:00Z,220.1@@2014-02-01T02:00:00Z,220.2");
    }

    /** GetResult takes GetObservation's filters (temporal, by POX too) and the inserted template's encoding. */
    @Test
    void filtersAndInsertedTemplate() {
        String during = "om:phenomenonTime,2014-02-01T01:00:00Z/2014-02-01T02:00:00Z";
        XmlDoc k = ok(sos.kvp(KVP + "GetResult&offering=SBE37_data&observedProperty=" + enc(SosFixture.CNDC)
                + "&temporalFilter=" + enc(during)));
        assertThat(k.text("//sos:resultValues")).isEqualTo("2014-02-01T01:00:00Z,4.3@@2014-02-01T02:00:00Z,4.4");
        ok(sos.pox(ResultInsertionTest.template("SBE37_data", SosFixture.CNDC, "OBSEA sampling point")));
        XmlDoc t = ok(sos.pox("<sos:GetResultTemplate service=\"SOS\" version=\"2.0.0\" "
                + "xmlns:sos=\"http://www.opengis.net/sos/2.0\"><sos:offering>SBE37_data</sos:offering>"
                + "<sos:observedProperty>" + SosFixture.CNDC + "</sos:observedProperty></sos:GetResultTemplate>"));
        assertThat(t.text("//swe:TextEncoding/@tokenSeparator")).isEqualTo(";");
        XmlDoc p = ok(sos.pox("<sos:GetResult service=\"SOS\" version=\"2.0.0\" xmlns:sos=\"http://www.opengis.net/sos/2.0\" "
                + "xmlns:fes=\"http://www.opengis.net/fes/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\">"
                + "<sos:offering>SBE37_data</sos:offering><sos:observedProperty>" + SosFixture.CNDC + "</sos:observedProperty>"
                + "<sos:temporalFilter><fes:TEquals><fes:ValueReference>om:phenomenonTime</fes:ValueReference>"
                + "<gml:TimeInstant gml:id=\"ti\"><gml:timePosition>2014-02-01T03:00:00Z</gml:timePosition></gml:TimeInstant>"
                + "</fes:TEquals></sos:temporalFilter></sos:GetResult>"));
        assertThat(p.text("//sos:resultValues")).isEqualTo("2014-02-01T03:00:00Z;4,5");
    }

    /** ets GetResult / GetResultTemplate: missing and unknown offering or observed property. */
    @Test
    void missingAndUnknownParameters() {
        exception(sos.kvp(KVP + "GetResult&observedProperty=" + enc(SosFixture.DOX2)), 400, "MissingParameterValue", "offering");
        exception(sos.kvp(KVP + "GetResultTemplate&offering=SBE37_data"), 400, "MissingParameterValue", "observedProperty");
        exception(sos.kvp(KVP + "GetResult&offering=nope&observedProperty=" + enc(SosFixture.DOX2)), 400,
                "InvalidParameterValue", "offering");
        exception(sos.kvp(KVP + "GetResult&offering=SBE37_data&observedProperty=" + enc(SosFixture.DOX2)), 400,
                "InvalidParameterValue", "observedProperty");
    }
}
