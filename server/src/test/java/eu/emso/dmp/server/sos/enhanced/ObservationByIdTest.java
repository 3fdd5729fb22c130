package eu.emso.dmp.server.sos.enhanced;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.sos.support.SosFixture;
import eu.emso.dmp.server.sos.support.XmlDoc;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Observation retrieval by identifier ({@code http://www.opengis.net/spec/SOS/2.0/conf/obsByIdRetrieval},
 * OGC 12-006 clause 9.2, ets-sos20 GetObservationById): the identifiers GetObservation writes
 * bring back the same O&amp;M observations, over KVP and POX.
 */
class ObservationByIdTest {
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

    private static List<String> identifiers() {
        return ok(sos.kvp(KVP + "GetObservation&procedure=4831-606")).all("//om:OM_Observation/gml:identifier");
    }

    /** 12-006 req /obsByIdRetrieval/response: the observations of the identifiers, in sos:observation. */
    @Test
    void observationsByIdKvp() {
        List<String> ids = identifiers();
        assertThat(ids).hasSize(3);
        XmlDoc d = ok(sos.kvp(KVP + "GetObservationById&observation=" + ids.get(0) + "," + ids.get(2)));
        assertThat(d.all("/sos:GetObservationByIdResponse/sos:observation/om:OM_Observation/gml:identifier"))
                .containsExactly(ids.get(0), ids.get(2));
        assertThat(d.all("//om:result")).containsExactly("220.0", "220.2");
        assertThat(d.text("//om:procedure/@xlink:href")).isEqualTo("4831-606");
    }

    /** The POX request sos:GetObservationById with sos:observation elements. */
    @Test
    void observationByIdPox() {
        String id = identifiers().get(1);
        XmlDoc d = ok(sos.pox("<sos:GetObservationById service=\"SOS\" version=\"2.0.0\" "
                + "xmlns:sos=\"http://www.opengis.net/sos/2.0\"><sos:observation>" + id + "</sos:observation>"
                + "</sos:GetObservationById>"));
        assertThat(d.all("//om:result")).containsExactly("220.1");
    }

    /** ets GetObservationById: missing and unknown identifiers are exceptions with locator observation. */
    @Test
    void missingAndUnknownIdentifiers() {
        exception(sos.kvp(KVP + "GetObservationById"), 400, "MissingParameterValue", "observation");
        exception(sos.kvp(KVP + "GetObservationById&observation=999999999"), 400, "InvalidParameterValue", "observation");
        exception(sos.kvp(KVP + "GetObservationById&observation=abc"), 400, "InvalidParameterValue", "observation");
    }
}
