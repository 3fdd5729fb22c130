package eu.emso.dmp.qc.qartod;

/**
 * Configuration of the flat line test ({@code flat_line_test} in ioos_qc).
 *
 * @param tolerance a window whose values span less than this is flat (observation units)
 * @param suspectThreshold seconds of flat values after which a point is SUSPECT
 * @param failThreshold seconds of flat values after which a point is FAIL
 */
public record FlatLineConfig(double tolerance, double suspectThreshold, double failThreshold) {

    /** @throws IllegalArgumentException if a number is NaN, infinite or negative */
    public FlatLineConfig {
        Thresholds.requireNonNegative("tolerance", tolerance, false);
        Thresholds.requireNonNegative("suspect_threshold", suspectThreshold, false);
        Thresholds.requireNonNegative("fail_threshold", failThreshold, false);
    }

    /**
     * Number of preceding samples a threshold spans at the given sampling interval, computed as
     * the reference does: {@code int(int(threshold) / interval)}.
     *
     * @param thresholdSeconds a duration threshold of this configuration
     * @param intervalSeconds the sampling interval in whole seconds, positive
     */
    static long windowCount(double thresholdSeconds, long intervalSeconds) {
        return (long) ((double) (long) thresholdSeconds / intervalSeconds);
    }

    /** Samples spanned by the suspect threshold; see {@link #windowCount(double, long)}. */
    public long suspectCount(long intervalSeconds) {
        return windowCount(suspectThreshold, intervalSeconds);
    }

    /** Samples spanned by the fail threshold; see {@link #windowCount(double, long)}. */
    public long failCount(long intervalSeconds) {
        return windowCount(failThreshold, intervalSeconds);
    }
}
