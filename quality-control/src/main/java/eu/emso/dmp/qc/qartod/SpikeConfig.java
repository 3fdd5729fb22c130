package eu.emso.dmp.qc.qartod;

/**
 * Configuration of the spike test ({@code spike_test} in ioos_qc, method {@code average}).
 * Thresholds are in the units of the observations; NaN means "not configured", as ioos_qc skips a
 * threshold given as {@code None}.
 *
 * @param suspectThreshold deviation above which a point is SUSPECT, or NaN
 * @param failThreshold deviation above which a point is FAIL, or NaN
 */
public record SpikeConfig(double suspectThreshold, double failThreshold) {

    /**
     * @throws IllegalArgumentException if both thresholds are NaN, or one is negative or infinite
     */
    public SpikeConfig {
        if (Double.isNaN(suspectThreshold) && Double.isNaN(failThreshold)) {
            throw new IllegalArgumentException("spike test needs suspect_threshold or fail_threshold");
        }
        Thresholds.requireNonNegative("suspect_threshold", suspectThreshold, true);
        Thresholds.requireNonNegative("fail_threshold", failThreshold, true);
    }
}
