package eu.emso.dmp.server.sos.pox;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.sos.support.OgcSchemas;
import eu.emso.dmp.server.sos.support.SosFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The POX binding of SOS 2.0 ({@code http://www.opengis.net/spec/SOS/2.0/conf/pox}): request
 * documents that are not well-formed, not SOS, or not XML get an ExceptionReport, never a 500.
 */
class PoxTest {
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    /** 12-006 clause D.4: a body that is not well-formed XML is InvalidRequest (400). */
    @Test
    void malformedXmlIsInvalidRequest() {
        exception(sos.pox("<sos:GetObservation service=\"SOS\""), 400, "InvalidRequest", null);
        exception(sos.pox("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), 400, "InvalidRequest", null);
    }

    /** A root element outside SOS/SWES is InvalidRequest; an SOS element that is no operation is OperationNotSupported. */
    @Test
    void foreignOrUnknownRootElements() {
        exception(sos.pox("<GetObservation service=\"SOS\" version=\"2.0.0\"/>"), 400, "InvalidRequest", null);
        exception(sos.pox("<sos:GetCoverage xmlns:sos=\"http://www.opengis.net/sos/2.0\" service=\"SOS\" version=\"2.0.0\"/>"),
                501, "OperationNotSupported", "GetCoverage");
    }

    /** service and version are attributes of the POX root: missing ones are MissingParameterValue. */
    @Test
    void serviceAndVersionAttributes() {
        exception(sos.pox("<sos:GetObservation xmlns:sos=\"http://www.opengis.net/sos/2.0\" version=\"2.0.0\"/>"),
                400, "MissingParameterValue", "service");
        exception(sos.pox("<sos:GetObservation xmlns:sos=\"http://www.opengis.net/sos/2.0\" service=\"SOS\"/>"),
                400, "MissingParameterValue", "version");
    }

    /** A POST whose body is not XML is answered with an ExceptionReport, not a JSON error. */
    @Test
    void nonXmlBodyIsInvalidRequest() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sos.serviceUrl()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        OgcSchemas.assertValid(r.body());
        assertThat(r.body()).contains("InvalidRequest");
    }
}
