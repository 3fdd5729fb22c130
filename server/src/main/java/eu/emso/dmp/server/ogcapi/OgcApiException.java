package eu.emso.dmp.server.ogcapi;

/**
 * A client error of the OGC API face, answered with its status and an exception document
 * {@code {"code", "description"}} (OGC API - Common, exception schema). Immutable.
 */
public final class OgcApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    public OgcApiException(int status, String code, String description) {
        super(description);
        this.status = status;
        this.code = code;
    }

    /** 400 for a query parameter whose value cannot be used. */
    public static OgcApiException invalidParameter(String parameter, String problem) {
        return new OgcApiException(400, "InvalidParameterValue", "parameter '" + parameter + "': " + problem);
    }

    /** 404 for a resource that does not exist. */
    public static OgcApiException notFound(String what) {
        return new OgcApiException(404, "NotFound", what);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
