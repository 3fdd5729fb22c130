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

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T read(Work<T> work) {
        return autocommit(work, true);
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
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(c, e);
                    throw e;
                }
            } catch (SQLException e) {
                if (!retryable(e) || attempt == ATTEMPTS) {
                    throw translate(e, false);
                }
            }
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
