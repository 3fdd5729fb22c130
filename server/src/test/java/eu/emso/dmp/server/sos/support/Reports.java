package eu.emso.dmp.server.sos.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** Assertions on SOS responses: schema-valid documents and OWS ExceptionReports. */
public final class Reports {
    private Reports() {
    }

    /** A 200 response whose body is valid against the OGC schemas; returns it parsed. */
    public static XmlDoc ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        OgcSchemas.assertValid(r.body());
        return XmlDoc.parse(r.body());
    }

    /** A schema-valid ExceptionReport with this HTTP status, exception code and locator. */
    public static XmlDoc exception(HttpResponse<String> r, int status, String code, String locator) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        OgcSchemas.assertValid(r.body());
        XmlDoc d = XmlDoc.parse(r.body());
        assertThat(d.text("/ows:ExceptionReport/ows:Exception/@exceptionCode")).as(r.body()).isEqualTo(code);
        if (locator != null) {
            assertThat(d.text("/ows:ExceptionReport/ows:Exception/@locator")).as(r.body()).isEqualTo(locator);
        }
        assertThat(d.text("/ows:ExceptionReport/ows:Exception/ows:ExceptionText")).isNotBlank();
        return d;
    }
}
