package eu.emso.dmp.model.entity;

/** A request body that does not describe a valid entity: the client's error (HTTP 400). */
public final class InvalidEntityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidEntityException(String message) {
        super(message);
    }
}
