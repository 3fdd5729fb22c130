package eu.emso.dmp.model.db;

/**
 * The database could not be provided: PostgreSQL or PostGIS is missing, the embedded cluster
 * could not be started or stopped, the database is unreachable, or a migration failed.
 *
 * <p>The message is written for an operator: it names the missing package, directory or URL and
 * says what to do about it.
 */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do about it */
    public DatabaseException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do about it
     * @param cause the underlying failure
     */
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
