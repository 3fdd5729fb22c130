package eu.emso.dmp.model.store;

import java.time.OffsetDateTime;

/**
 * A stored observation as quality control sees it: its key, its numeric result and its quality
 * information. JSON values are JSON texts. Immutable.
 *
 * @param id             the observation's id
 * @param datastreamId   its Datastream
 * @param phenomenonStart start of the phenomenon time (the time of an instant)
 * @param phenomenonEnd  end of the phenomenon time (equal to the start for an instant)
 * @param resultNumber   the numeric result (only numeric observations are returned)
 * @param resultQuality  the stored {@code result_quality} column, or null: the members of
 *                       {@code resultQuality} beside quality control's compact flags, or the
 *                       whole of it where the row has none (see {@link QcColumns})
 * @param parameters     the stored {@code parameters}, or null
 */
public record StoredObservation(long id, long datastreamId, OffsetDateTime phenomenonStart,
                                OffsetDateTime phenomenonEnd, double resultNumber, String resultQuality,
                                String parameters) {
}
