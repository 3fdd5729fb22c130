package eu.emso.dmp.server.federation;

/**
 * A remote that could not be read: unreachable, too slow, an HTTP error, or an answer that does
 * not parse. {@link #retryable()} tells the harvester whether trying again later may help
 * (network, timeouts, 5xx, truncated bodies) or not (4xx, an unknown dataset).
 */
public final class RemoteException extends Exception {
    private final boolean retryable;

    public RemoteException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public RemoteException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean retryable() {
        return retryable;
    }
}
