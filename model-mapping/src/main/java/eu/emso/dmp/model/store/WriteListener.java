package eu.emso.dmp.model.store;

/**
 * Hears of every batch the observation write path has committed: how many rows it held and how
 * long its transaction took, from the start of the write to the durable commit. For metrics; the
 * store knows nothing of how they are kept. Called on the writing thread after the commit, so an
 * implementation must be quick and thread-safe, and must not throw.
 */
@FunctionalInterface
public interface WriteListener {

    /**
     * @param rows  rows in the batch (created, duplicate and conflicting alike)
     * @param nanos duration of the write, in nanoseconds
     */
    void committed(int rows, long nanos);
}
