package eu.emso.dmp.server.sos;

/**
 * The OWS 1.1 exception codes an SOS 2.0 server answers with (OGC 06-121r3 table 25, OGC 12-006
 * table 19 and clause 8.2), each with the HTTP status the KVP and POX bindings require
 * (OGC 12-006 clause D.3, OGC 06-121r3 corrigendum table 28).
 */
public enum OwsCode {
    MISSING_PARAMETER_VALUE("MissingParameterValue", 400),
    INVALID_PARAMETER_VALUE("InvalidParameterValue", 400),
    OPERATION_NOT_SUPPORTED("OperationNotSupported", 501),
    OPTION_NOT_SUPPORTED("OptionNotSupported", 501),
    VERSION_NEGOTIATION_FAILED("VersionNegotiationFailed", 400),
    INVALID_REQUEST("InvalidRequest", 400),
    RESPONSE_EXCEEDS_SIZE_LIMIT("ResponseExceedsSizeLimit", 400),
    NO_APPLICABLE_CODE("NoApplicableCode", 500),
    /** Not an OWS code: NoApplicableCode answered 503 while the server starts. */
    NOT_READY("NoApplicableCode", 503);

    private final String code;
    private final int status;

    OwsCode(String code, int status) {
        this.code = code;
        this.status = status;
    }

    /** The {@code exceptionCode} attribute value. */
    public String code() {
        return code;
    }

    /** The HTTP status of a report whose first exception has this code. */
    public int status() {
        return status;
    }
}
