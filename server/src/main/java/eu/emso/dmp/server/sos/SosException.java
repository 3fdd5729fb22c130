package eu.emso.dmp.server.sos;

/**
 * A request the service answers with an OWS ExceptionReport (OGC 06-121r3 clause 8): the code,
 * the locator (the parameter at fault, or null) and a text that names the problem.
 */
public final class SosException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final OwsCode code;
    private final String locator;

    public SosException(OwsCode code, String locator, String message) {
        super(message);
        this.code = code;
        this.locator = locator;
    }

    public static SosException missing(String parameter) {
        return new SosException(OwsCode.MISSING_PARAMETER_VALUE, parameter,
                "the parameter '" + parameter + "' is missing or empty");
    }

    public static SosException invalid(String parameter, String message) {
        return new SosException(OwsCode.INVALID_PARAMETER_VALUE, parameter, message);
    }

    public OwsCode code() {
        return code;
    }

    /** The locator, or null. */
    public String locator() {
        return locator;
    }
}
