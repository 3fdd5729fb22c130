package eu.emso.dmp.model.store;

import java.time.OffsetDateTime;
import org.postgresql.util.PGobject;

/**
 * One observation ready to be stored: what the write path hands to {@link ObservationWriter}.
 * JSON values are jsonb objects; the result is split as {@link Decoded#result} does.
 */
record ObservationRow(long datastreamId, long featureId, OffsetDateTime phenomenonStart,
                      OffsetDateTime phenomenonEnd, OffsetDateTime resultTime, OffsetDateTime validStart,
                      OffsetDateTime validEnd, short resultType, Double resultNumber, String resultString,
                      PGobject resultJson, PGobject resultQuality, PGobject parameters, Short qcFlag) {
}
