package eu.emso.dmp.model.store;

import java.sql.SQLException;
import java.util.List;

/**
 * A stage of the one write path that every observation passes before it is stored (quality
 * control, for example). Runs inside the write transaction, on the writing thread; must return
 * the batch in the same order and size. The {@link ObservationHistory} it is given reads and
 * updates stored observations on that same transaction, so what a stage changes in the history
 * commits or rolls back together with the batch. Implementations must be thread-safe.
 */
public interface ObservationStage {

    /**
     * Returns the batch to store, possibly with changed quality information.
     *
     * @param batch   the observations about to be inserted, in the order they were received
     * @param history the stored observations, bound to the write transaction; valid only
     *                during this call
     * @throws SQLException when reading or updating the history fails; the write is rolled back
     */
    List<ObservationRow> apply(List<ObservationRow> batch, ObservationHistory history) throws SQLException;
}
