package eu.emso.dmp.server.emsodev;

/**
 * A request of the EMSODEV API that cannot be answered as asked: 400 for a bad date or limit,
 * 404 for an unknown observatory, instrument or parameter; the message names what was wrong.
 * Immutable.
 */
public final class EmsodevException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    EmsodevException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
