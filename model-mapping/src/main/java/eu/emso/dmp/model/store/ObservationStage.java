package eu.emso.dmp.model.store;

import java.util.List;

/**
 * A stage of the one write path that every observation passes before it is stored (quality
 * control, for example). Runs inside the write transaction, on the writing thread; must return
 * the batch in the same order and size. Implementations must be thread-safe.
 */
public interface ObservationStage {

    /** Returns the batch to store, possibly with changed quality information. */
    List<ObservationRow> apply(List<ObservationRow> batch);
}
