package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.query.QueryException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs units of work on a pooled connection, in one transaction for writes, and maps database
 * errors: data errors caused by request values (SQLSTATE classes 22 and 23) become client errors,
 * serialization failures and deadlocks are retried, anything else is a {@link StoreException}.
 */
final class Transactions {
    private static final int ATTEMPTS = 3;
    private final DataSource dataSource;
    private final java.time.Duration readTimeout;

    Transactions(DataSource dataSource) {
        this(dataSource, java.time.Duration.ZERO);
    }

    /** Transactions whose reads are cancelled by the database after {@code readTimeout} (zero: never). */
    Transactions(DataSource dataSource, java.time.Duration readTimeout) {
        this.dataSource = dataSource;
        this.readTimeout = readTimeout;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs a read. With a read timeout it runs in a transaction whose {@code statement_timeout}
     * is that timeout, so a query running longer is cancelled by PostgreSQL (SQLSTATE 57014) and
     * its connection goes back to the pool unchanged.
     */
    <T> T read(Work<T> work) {
        if (readTimeout.isZero()) {
            return autocommit(work, true);
        }
        try (Connection c = dataSource.getConnection()) {
            return committed(c, conn -> {
                try (java.sql.PreparedStatement ps = conn.prepareStatement("SELECT set_config('statement_timeout', ?, true)")) {
                    ps.setString(1, readTimeout.toMillis() + "ms");
                    ps.execute();
                }
                return work.run(conn);
            });
        } catch (SQLException e) {
            throw "57014".equals(e.getSQLState()) ? timedOut(e) : translate(e, true);
        }
    }

    private StoreException timedOut(SQLException e) {
        return new StoreException("the query ran longer than the server allows for one read (" + readTimeout.toMillis()
                / 1000.0 + " s) and was cancelled; narrow it ($filter, $top, a shorter time range) or try again later", e);
    }

    /** As {@link #read}, for reads that prepare a write: data errors are errors in the entity sent. */
    <T> T readForWrite(Work<T> work) {
        return autocommit(work, false);
    }

    private <T> T autocommit(Work<T> work, boolean query) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e, query);
        }
    }

    <T> T write(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                return committed(c, work);
            } catch (SQLException e) {
                if (!retryable(e) || attempt == ATTEMPTS) {
                    throw translate(e, false);
                }
            }
        }
    }

    /** Runs {@code work} in one transaction on {@code c}: committed when it returns, rolled back when it throws. */
    private static <T> T committed(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(c, e);
            throw e;
        }
    }

    /** Rolls back after {@code failure}; a connection that broke meanwhile must not hide the failure. */
    private static void rollback(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    static boolean retryable(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    static RuntimeException translate(SQLException e, boolean read) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("23")) {
            return integrity(state);
        }
        if (state.startsWith("22")) {
            String msg = "the request cannot be carried out: " + firstLine(e.getMessage());
            return read ? new QueryException("$filter", -1, msg) : new InvalidEntityException(msg);
        }
        return new StoreException("database error " + state, e);
    }

    /** Integrity violations, told without the schema's internal names. */
    private static RuntimeException integrity(String state) {
        return switch (state) {
            case "23505" -> new ConflictException("the request conflicts with a stored entity (for an Observation: "
                    + "another one of its Datastream has this phenomenonTime)");
            case "23503" -> new InvalidEntityException("the request refers to an entity that does not exist");
            case "23502" -> new InvalidEntityException("a required value is missing");
            default -> new InvalidEntityException("a value is not allowed here");
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).replaceFirst("^ERROR: ", "");
    }
}
