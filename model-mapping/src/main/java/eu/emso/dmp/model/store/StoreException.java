package eu.emso.dmp.model.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The database failed in a way the client did not cause. Its {@link #fault()} tells the three
 * cases a caller answers differently: the database cannot be reached for now (try again later),
 * its storage is full or read-only (writes wait for space, reads go on), or anything else.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Fault fault;

    /** What went wrong, as far as the client is concerned. */
    public enum Fault {
        /** No connection, or the database is shutting down, restarting or recovering. */
        UNAVAILABLE,
        /** Disk full (SQLSTATE 53100), read-only or failing storage: nothing can be written now. */
        STORAGE_FULL,
        /** A read ran longer than the read timeout and was cancelled (SQLSTATE 57014). */
        TIMEOUT,
        /** A failure that retrying will not cure by itself. */
        INTERNAL
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.fault = classify(cause);
    }

    /** The kind of failure. */
    public Fault fault() {
        return fault;
    }

    /**
     * Classifies a failure by the first SQLSTATE in its cause chain: class 08 (connection),
     * 57P01-57P03 (shutdown, crash, starting), 53300 (too many connections) and a pool that gave
     * no connection in time are {@link Fault#UNAVAILABLE}; 53100 (disk full), 25006 (read-only
     * transaction) and 58030 (I/O error) are {@link Fault#STORAGE_FULL}; 57014 (statement cancelled by
     * its timeout) is {@link Fault#TIMEOUT}.
     */
    public static Fault classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return Fault.UNAVAILABLE;
            }
            if (t instanceof SQLException e && e.getSQLState() != null) {
                Fault f = bySqlState(e.getSQLState());
                if (f != Fault.INTERNAL) {
                    return f;
                }
            }
            if (t instanceof java.io.IOException && t.getClass().getName().startsWith("java.net")) {
                return Fault.UNAVAILABLE;
            }
        }
        return Fault.INTERNAL;
    }

    private static Fault bySqlState(String state) {
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300")) {
            return Fault.UNAVAILABLE;
        }
        if (state.equals("57014")) {
            return Fault.TIMEOUT;
        }
        if (state.equals("53100") || state.equals("25006") || state.equals("58030")) {
            return Fault.STORAGE_FULL;
        }
        return Fault.INTERNAL;
    }
}
