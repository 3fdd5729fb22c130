package eu.emso.dmp.qc.qartod;

/**
 * Configuration of the rate of change test ({@code rate_of_change_test} in ioos_qc).
 *
 * @param threshold largest acceptable rate, in observation units per second
 */
public record RateOfChangeConfig(double threshold) {

    /** @throws IllegalArgumentException if the threshold is NaN, infinite or negative */
    public RateOfChangeConfig {
        Thresholds.requireNonNegative("threshold", threshold, false);
    }
}
