package eu.emso.dmp.server.exports;

/**
 * A request for an export or aggregate that cannot be answered as asked: 400 for a bad parameter,
 * 404 for an unknown id; the message starts with the parameter's name. Immutable.
 */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ExportException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
