package eu.emso.dmp.bench;

import java.util.Arrays;

/**
 * Median and 99th percentile of a series of samples (nearest-rank on a sorted copy). Immutable.
 *
 * @param median the 50th percentile
 * @param p99    the 99th percentile (the maximum for fewer than 100 samples)
 * @param count  the number of samples
 */
public record Stats(double median, double p99, int count) {

    /** Statistics of {@code samples}; there must be at least one. */
    public static Stats of(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Stats(rank(sorted, 0.50), rank(sorted, 0.99), sorted.length);
    }

    private static double rank(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
