package eu.emso.dmp.model.store;

import java.time.OffsetDateTime;

/**
 * New quality control flags for a stored observation, addressed by its deduplication key, in the
 * compact form of {@link QcColumns}. Immutable.
 *
 * @param datastreamId    the observation's Datastream
 * @param phenomenonStart start of its phenomenon time
 * @param phenomenonEnd   end of its phenomenon time
 * @param qcFlag          the new aggregate flag for the indexed {@code qc_flag} column
 * @param qcTests         the new per-test flags, packed by {@link QcColumns#pack}
 * @param qcConfig        the configuration version as a number, or null when no test ran
 * @param extra           the members of {@code resultQuality} beside quality control's own, as a
 *                        JSON object text, or null
 */
public record QualityUpdate(long datastreamId, OffsetDateTime phenomenonStart, OffsetDateTime phenomenonEnd,
                            short qcFlag, int qcTests, Long qcConfig, String extra) {

    /** The update of {@code stored}. */
    public static QualityUpdate of(StoredObservation stored, short qcFlag, int qcTests, Long qcConfig, String extra) {
        return new QualityUpdate(stored.datastreamId(), stored.phenomenonStart(), stored.phenomenonEnd(),
                qcFlag, qcTests, qcConfig, extra);
    }
}
