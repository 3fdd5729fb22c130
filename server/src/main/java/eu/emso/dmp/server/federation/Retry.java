package eu.emso.dmp.server.federation;

import java.time.Duration;

/**
 * Calls to a remote tried again with exponential backoff while they fail in a way that may pass
 * (network, timeout, 5xx, an answer cut short). Stateless.
 */
final class Retry {
    private Retry() {
    }

    /** A call to the remote. */
    interface Call<T> {
        T call() throws RemoteException;
    }

    /** Heard of each failed try before the wait. */
    interface Failed {
        void failed(RemoteException e, int attempt);
    }

    /**
     * The result of {@code call}, tried up to {@code attempts} times, waiting {@code backoff},
     * then twice as long, and so on between tries; the last failure (or the first that is not
     * retryable) is thrown. An interrupt stops the waits.
     */
    static <T> T call(int attempts, Duration backoff, Failed heard, Call<T> call) throws RemoteException {
        long wait = backoff.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (RemoteException e) {
                if (!e.retryable() || attempt >= attempts || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                heard.failed(e, attempt);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                wait = Math.min(wait * 2, Duration.ofMinutes(5).toMillis());
            }
        }
    }
}
