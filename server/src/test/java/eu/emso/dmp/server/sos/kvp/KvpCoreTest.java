package eu.emso.dmp.server.sos.kvp;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;

import eu.emso.dmp.server.sos.support.SosFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The KVP binding of SOS 2.0 ({@code http://www.opengis.net/spec/SOS/2.0/conf/kvp-core}): every
 * malformed request is an OWS 1.1 ExceptionReport with the code, locator and HTTP status of
 * OGC 12-006 table 19 and OGC 06-121r3 table 28, valid against the OWS schema. Test names follow
 * the ets-sos20 GetObservation assertions 05.01 to 05.05 and their DescribeSensor twins.
 */
class KvpCoreTest {
    private static final String GO = "request=GetObservation&offering=SBE37_data";
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    /** ets 05.01 RequestNoService, 05.02 RequestNullService, 05.03 RequestInvalidService. */
    @Test
    void serviceIsRequiredAndMustBeSos() {
        exception(sos.kvp("version=2.0.0&" + GO), 400, "MissingParameterValue", "service");
        exception(sos.kvp("service=&version=2.0.0&" + GO), 400, "MissingParameterValue", "service");
        exception(sos.kvp("service=WMS&version=2.0.0&" + GO), 400, "InvalidParameterValue", "service");
    }

    /** ets 05.04 RequestNoVersion, 05.05 RequestNullVersion, and an unsupported version. */
    @Test
    void versionIsRequiredAndMustBe200() {
        exception(sos.kvp("service=SOS&" + GO), 400, "MissingParameterValue", "version");
        exception(sos.kvp("service=SOS&version=&" + GO), 400, "MissingParameterValue", "version");
        exception(sos.kvp("service=SOS&version=1.0.0&" + GO), 400, "InvalidParameterValue", "version");
    }

    /** OWS 06-121r3 clause 7.2: a missing request is MissingParameterValue; an unknown one OperationNotSupported (501). */
    @Test
    void requestIsRequiredAndMustBeKnown() {
        exception(sos.kvp("service=SOS&version=2.0.0"), 400, "MissingParameterValue", "request");
        exception(sos.kvp("service=SOS&version=2.0.0&request=GetMap"), 501, "OperationNotSupported", "GetMap");
    }

    /** 12-006 clause 8.1 (OWS 06-121r3 clause 7.3.2): AcceptVersions without 2.0.0 is VersionNegotiationFailed. */
    @Test
    void versionNegotiation() {
        exception(sos.kvp("service=SOS&request=GetCapabilities&AcceptVersions=1.0.0"), 400,
                "VersionNegotiationFailed", "AcceptVersions");
        ok(sos.kvp("service=SOS&request=GetCapabilities&AcceptVersions=1.0.0,2.0.0"));
        exception(sos.kvp("service=SOS&request=GetCapabilities&sections=Everything"), 400,
                "InvalidParameterValue", "sections");
    }

    /** ets 04 DescribeSensor: missing procedure / format, and an unsupported format. */
    @Test
    void describeSensorParameters() {
        String ds = "service=SOS&version=2.0.0&request=DescribeSensor";
        String sml = "&procedureDescriptionFormat=" + URLEncoder.encode("http://www.opengis.net/sensorml/2.0",
                StandardCharsets.UTF_8);
        exception(sos.kvp(ds + sml), 400, "MissingParameterValue", "procedure");
        exception(sos.kvp(ds + "&procedure=37-14998"), 400, "MissingParameterValue", "procedureDescriptionFormat");
        exception(sos.kvp(ds + "&procedure=37-14998&procedureDescriptionFormat=text/html"), 400,
                "InvalidParameterValue", "procedureDescriptionFormat");
    }

    /** 12-006 clause 8.4.2 / table D.3: malformed filters are InvalidParameterValue with the filter as locator. */
    @Test
    void malformedFilters() {
        String go = "service=SOS&version=2.0.0&" + GO;
        for (String bad : new String[] {"om:phenomenonTime,yesterday", "om:phenomenonTime", "om:validTime,2014-02-01T00:00:00Z",
                "om:phenomenonTime,2014-02-02T00:00:00Z/2014-02-01T00:00:00Z"}) {
            exception(sos.kvp(go + "&temporalFilter=" + URLEncoder.encode(bad, StandardCharsets.UTF_8)), 400,
                    "InvalidParameterValue", "temporalFilter");
        }
        for (String bad : new String[] {"om:featureOfInterest/*/sams:shape,1,2,3", "sams:shape,a,b,c,d",
                "om:featureOfInterest/*/sams:shape,0,0,1,1,EPSG:3857"}) {
            exception(sos.kvp(go + "&spatialFilter=" + URLEncoder.encode(bad, StandardCharsets.UTF_8)), 400,
                    "InvalidParameterValue", "spatialFilter");
        }
    }
}
