package eu.emso.dmp.qc.qartod;

import eu.emso.dmp.qc.flag.QartodFlag;

/**
 * QARTOD rate of change test (QARTOD temperature/salinity manual, test 13; ioos_qc
 * {@code rate_of_change_test}): a point is SUSPECT when {@code |x[i] - x[i-1]| / dt} exceeds the
 * threshold (units per second), GOOD otherwise. The first point, and a point whose predecessor is
 * missing, cannot be compared and are GOOD, as in the reference; missing points are MISSING.
 *
 * <p>As in the reference, {@code dt} is the time difference truncated to whole seconds: two points
 * less than a second apart give {@code dt = 0}, so any change between them is SUSPECT. Times should
 * increase.
 *
 * <p>Stateless and thread safe; O(n).
 */
public final class RateOfChange {

    private static final byte GOOD = QartodFlag.GOOD.code();
    private static final byte SUSPECT = QartodFlag.SUSPECT.code();
    private static final byte MISSING = QartodFlag.MISSING.code();

    private RateOfChange() {
    }

    /**
     * Returns one flag code per value.
     *
     * @param epochMillis observation times, same length as {@code values}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static byte[] flags(long[] epochMillis, double[] values, RateOfChangeConfig config) {
        Arrays2.requireSameLength(epochMillis, values);
        double threshold = config.threshold();
        byte[] flags = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                flags[i] = MISSING;
                continue;
            }
            flags[i] = GOOD;
            if (i > 0 && Double.isFinite(values[i - 1])) {
                double seconds = (epochMillis[i] - epochMillis[i - 1]) / 1000;
                double rate = Math.abs((v - values[i - 1]) / seconds);
                if (rate > threshold) {
                    flags[i] = SUSPECT;
                }
            }
        }
        return flags;
    }
}
