package eu.emso.dmp.server.sos.result;

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
 * Result insertion ({@code http://www.opengis.net/spec/SOS/2.0/conf/resultInsertion}, OGC 12-006
 * clauses 11.1 and 11.2, ets-sos20 InsertResultTemplate / InsertResult): a SWE Common template,
 * then text blocks that become observations through the one write path, stored once.
 */
class ResultInsertionTest {
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    static String template(String offering, String property, String foi) {
        return ("<sos:InsertResultTemplate service=\"SOS\" version=\"2.0.0\" xmlns:sos=\"http://www.opengis.net/sos/2.0\" "
                + "xmlns:swe=\"http://www.opengis.net/swe/2.0\" xmlns:om=\"http://www.opengis.net/om/2.0\" "
                + "xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<sos:proposedTemplate><sos:ResultTemplate><sos:offering>%s</sos:offering><sos:observationTemplate>"
                + "<om:OM_Observation gml:id=\"t\"><om:phenomenonTime nilReason=\"template\"/><om:resultTime nilReason=\"template\"/>"
                + "<om:procedure xlink:href=\"37-14998\"/><om:observedProperty xlink:href=\"%s\"/>"
                + "<om:featureOfInterest xlink:href=\"%s\"/><om:result/></om:OM_Observation></sos:observationTemplate>"
                + "<sos:resultStructure><swe:DataRecord><swe:field name=\"time\"><swe:Time "
                + "definition=\"http://www.opengis.net/def/property/OGC/0/PhenomenonTime\"><swe:uom "
                + "xlink:href=\"http://www.opengis.net/def/uom/ISO-8601/0/Gregorian\"/></swe:Time></swe:field>"
                + "<swe:field name=\"temp\"><swe:Quantity definition=\"%s\"><swe:uom code=\"degC\"/></swe:Quantity></swe:field>"
                + "</swe:DataRecord></sos:resultStructure><sos:resultEncoding><swe:TextEncoding tokenSeparator=\";\" "
                + "blockSeparator=\"#\" decimalSeparator=\",\"/></sos:resultEncoding></sos:ResultTemplate></sos:proposedTemplate>"
                + "</sos:InsertResultTemplate>").formatted(offering, property, foi, property);
    }

    static String insertResult(String template, String values) {
        return "<sos:InsertResult service=\"SOS\" version=\"2.0.0\" xmlns:sos=\"http://www.opengis.net/sos/2.0\">"
                + "<sos:template>" + template + "</sos:template><sos:resultValues>" + values + "</sos:resultValues>"
                + "</sos:InsertResult>";
    }

    private static long staCount(String filter) throws Exception {
        String body = sos.server().get("/v1.1/Observations?$count=true&$top=0&$filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20")).body();
        return new ObjectMapper().readTree(body).path("@iot.count").asLong();
    }

    /** 12-006 req /resultInsertion: accepted template, blocks stored once as observations, seen over SOS and STA. */
    @Test
    void blocksBecomeObservationsOnce() throws Exception {
        XmlDoc t = ok(sos.pox(template("SBE37_data", SosFixture.TEMP, "OBSEA sampling point")));
        String id = t.text("/sos:InsertResultTemplateResponse/sos:acceptedTemplate");
        assertThat(id).startsWith("template-");
        String values = "2014-03-01T00:00:00Z;14,5#2014-03-01T01:00:00Z;14,6";
        ok(sos.pox(insertResult(id, values)));
        ok(sos.pox(insertResult(id, values)));
        assertThat(staCount("phenomenonTime ge 2014-03-01T00:00:00Z and phenomenonTime le 2014-03-01T01:00:00Z"))
                .isEqualTo(2);
        XmlDoc got = ok(sos.kvp("service=SOS&version=2.0.0&request=GetObservation&offering=SBE37_data&temporalFilter="
                + URLEncoder.encode("om:phenomenonTime,2014-03-01T00:00:00Z/2014-03-01T01:00:00Z", StandardCharsets.UTF_8)));
        assertThat(got.all("//om:result")).containsExactly("14.5", "14.6");
        assertThat(got.all("//om:featureOfInterest/@xlink:href")).containsOnly("OBSEA sampling point");
    }

    /** A block that does not fit the template, an unknown template, a conflicting value: exceptions, nothing stored. */
    @Test
    void badResultsAreRefused() throws Exception {
        String id = ok(sos.pox(template("SBE37_data", SosFixture.TEMP, "OBSEA sampling point")))
                .text("//sos:acceptedTemplate");
        exception(sos.pox(insertResult(id, "2014-04-01T00:00:00Z;1,0#2014-04-01T01:00:00Z")), 400,
                "InvalidParameterValue", "resultValues");
        exception(sos.pox(insertResult(id, "2014-04-01T00:00:00Z;warm")), 400, "InvalidParameterValue", "resultValues");
        assertThat(staCount("phenomenonTime eq 2014-04-01T00:00:00Z")).isZero();
        ok(sos.pox(insertResult(id, "2014-04-02T00:00:00Z;1,0")));
        exception(sos.pox(insertResult(id, "2014-04-02T00:00:00Z;2,0")), 400, "InvalidParameterValue", "resultValues");
        exception(sos.pox(insertResult("template-999-1", "x")), 400, "InvalidParameterValue", "template");
        exception(sos.pox(template("SBE37_data", SosFixture.DOX2, "OBSEA sampling point")), 400,
                "InvalidParameterValue", "observedProperty");
        exception(sos.pox(template("SBE37_data", SosFixture.TEMP, "nowhere")), 400,
                "InvalidParameterValue", "observationTemplate");
    }
}
