package eu.emso.dmp.model.store;

/** A write that contradicts what is stored (HTTP 409): e.g. a second value at one phenomenon time. */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
