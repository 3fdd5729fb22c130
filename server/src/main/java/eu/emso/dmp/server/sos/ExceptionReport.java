package eu.emso.dmp.server.sos;

/** The OWS 1.1 ExceptionReport of one {@link SosException} (OGC 06-121r3 clause 8.5). */
public final class ExceptionReport {
    private ExceptionReport() {
    }

    /** The report, with the HTTP status of its code. */
    public static SosResponse of(SosException e) {
        return new SosResponse(e.code().status(), xml -> {
            xml.start("ows:ExceptionReport").attr("version", "2.0.0").attr("xml:lang", "en");
            xml.start("ows:Exception").attr("exceptionCode", e.code().code());
            if (e.locator() != null) {
                xml.attr("locator", e.locator());
            }
            xml.element("ows:ExceptionText", e.getMessage()).end().end();
        });
    }
}
