package eu.emso.dmp.model.store;

/** The database failed in a way the client did not cause (HTTP 500 or 503). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
