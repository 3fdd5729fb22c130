package eu.emso.dmp.model.store;

import java.time.Instant;
import java.util.List;

/**
 * A Datastream's numeric results in {@code n} equal time buckets between {@code from} and
 * {@code to}, one entry per bucket that holds any result (empty buckets are left out), in time
 * order. Immutable.
 *
 * @param from    start of the first bucket (inclusive)
 * @param to      end of the last bucket (inclusive)
 * @param n       the number of buckets asked for
 * @param entries the non-empty buckets
 */
public record Buckets(Instant from, Instant to, int n, List<Bucket> entries) {
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
