package eu.emso.dmp.model.store;

/**
 * What became of one observation handed to the write path.
 *
 * @param id     the stored observation's id (the existing one for a duplicate or conflict)
 * @param status whether it was stored now, was already stored, or conflicts with a stored value
 */
public record WriteOutcome(long id, Status status) {

    /** The fate of an observation. */
    public enum Status {
        /** Stored by this write. */
        CREATED,
        /** The same observation (same key, same result) was already stored: nothing stored twice. */
        DUPLICATE,
        /** Another result is stored under the same key (Datastream and phenomenon time). */
        CONFLICT
    }
}
