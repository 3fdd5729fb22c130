package eu.emso.dmp.model.store;

import java.time.OffsetDateTime;

/**
 * New quality information for a stored observation, addressed by its deduplication key.
 * Immutable.
 *
 * @param datastreamId    the observation's Datastream
 * @param phenomenonStart start of its phenomenon time
 * @param phenomenonEnd   end of its phenomenon time
 * @param resultQuality   the new {@code resultQuality} as JSON text
 * @param qcFlag          the new aggregate flag for the indexed {@code qc_flag} column
 */
public record QualityUpdate(long datastreamId, OffsetDateTime phenomenonStart, OffsetDateTime phenomenonEnd,
                            String resultQuality, short qcFlag) {

    /** The update of {@code stored}. */
    public static QualityUpdate of(StoredObservation stored, String resultQuality, short qcFlag) {
        return new QualityUpdate(stored.datastreamId(), stored.phenomenonStart(), stored.phenomenonEnd(),
                resultQuality, qcFlag);
    }
}
