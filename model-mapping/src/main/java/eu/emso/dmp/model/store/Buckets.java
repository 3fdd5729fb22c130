package eu.emso.dmp.model.store;

import java.time.Instant;
import java.util.List;

/**
 * A Datastream's numeric results in at most {@code n} equal time buckets covering {@code from} to
 * {@code to}, one entry per bucket that holds any result (empty buckets are left out), in time
 * order. Bucket {@code i} covers {@code [origin + (i-1)·width, origin + i·width)}; the last one
 * also holds a result at its end. Where buckets are whole roll-up granules ({@link #granule()}
 * {@code > 0}), {@code origin} is the start of the granule holding {@code from} and the last
 * bucket ends with the granule holding {@code to}, so the first and last bucket may reach up to
 * one granule beyond the range. Immutable.
 *
 * @param from    start of the range asked for (inclusive)
 * @param to      end of the range asked for (inclusive)
 * @param n       the number of buckets asked for
 * @param origin  start of the first bucket
 * @param width   width of each bucket in seconds
 * @param granule the roll-up granule in seconds the buckets are made of; 0 when they were
 *                computed from the observations alone
 * @param entries the non-empty buckets
 */
public record Buckets(Instant from, Instant to, int n, Instant origin, double width, long granule,
                      List<Bucket> entries) {
    public Buckets {
        entries = List.copyOf(entries);
    }

    /**
     * One bucket.
     *
     * @param index  1-based bucket number
     * @param time   mean phenomenon time of its results (the exact time when it holds one)
     * @param min    smallest result
     * @param max    largest result
     * @param mean   mean result
     * @param count  number of results
     * @param flag   worst QARTOD flag of its results (4 bad, 3 suspect, 9 missing, 2 not evaluated,
     *               1 good, in that order of severity); 0 when none has a flag
     */
    public record Bucket(int index, Instant time, double min, double max, double mean, long count, int flag) {
    }
}
