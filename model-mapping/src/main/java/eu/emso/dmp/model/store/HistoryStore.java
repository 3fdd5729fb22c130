package eu.emso.dmp.model.store;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs work on the stored observation history outside the write path, each unit in one
 * transaction (re-running quality control over stored data, for example). Serialization failures
 * and deadlocks are retried as for every write; database errors become {@link StoreException}s.
 * Thread-safe.
 */
public final class HistoryStore {
    private final Transactions tx;

    public HistoryStore(DataSource dataSource) {
        this.tx = new Transactions(dataSource);
    }

    /** A unit of work on the history. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ObservationHistory history) throws SQLException;
    }

    /** Runs {@code work} in one transaction and commits; rolls back if it throws. */
    public <T> T write(Work<T> work) {
        return tx.write(c -> work.run(new ObservationHistory(c)));
    }
}
