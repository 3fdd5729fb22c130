package eu.emso.dmp.server.exports;

import java.time.Instant;

/**
 * One time of an export: the value and flag of each series at that time, in column order.
 * A series without an Observation at this time has NaN and flag {@link #ABSENT}; an Observation
 * without a flag has flag 0. The arrays are owned by the row. Immutable by convention.
 *
 * @param time   the phenomenon time
 * @param values the results, NaN where there is none or it is not a number
 * @param flags  the aggregate QARTOD flags
 */
public record Row(Instant time, double[] values, int[] flags) {
    /** The flag of a series that has no Observation at the row's time. */
    public static final int ABSENT = -1;

    /** Whether series {@code i} has an Observation at this time. */
    public boolean has(int i) {
        return flags[i] != ABSENT;
    }
}
