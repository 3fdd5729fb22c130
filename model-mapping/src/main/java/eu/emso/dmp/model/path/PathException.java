package eu.emso.dmp.model.path;

/** A resource path that names nothing: the client's error (HTTP 404, or 400 when malformed). */
public final class PathException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean malformed;

    public PathException(String message, boolean malformed) {
        super(message);
        this.malformed = malformed;
    }

    /** True when the path cannot be parsed at all (400), false when it names nothing (404). */
    public boolean malformed() {
        return malformed;
    }
}
