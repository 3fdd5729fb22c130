package eu.emso.dmp.qc.qartod;

import eu.emso.dmp.qc.flag.QartodFlag;

/**
 * QARTOD spike test (QARTOD temperature/salinity manual, test 12; ioos_qc {@code spike_test},
 * method {@code average}). For an inner point {@code i} the reference is the average of its two
 * neighbours, {@code ref = (x[i-1] + x[i+1]) / 2}; the point is SUSPECT when
 * {@code |x[i] - ref|} exceeds the suspect threshold and FAIL when it exceeds the fail threshold,
 * GOOD otherwise. The first and last points cannot be evaluated and are UNKNOWN.
 *
 * <p>Missing neighbours follow the reference exactly, which is asymmetric because of numpy's
 * masked arithmetic: a missing left neighbour makes the point MISSING, while a missing right
 * neighbour (left present) makes the reference equal to the left neighbour alone. A missing
 * point is MISSING, also at either end.
 *
 * <p>The flag of a point depends only on its two neighbours, so the last point of a series is
 * provisional (UNKNOWN) until its successor is known. Stateless and thread safe; O(n).
 */
public final class Spike {

    private static final byte GOOD = QartodFlag.GOOD.code();
    private static final byte UNKNOWN = QartodFlag.UNKNOWN.code();
    private static final byte SUSPECT = QartodFlag.SUSPECT.code();
    private static final byte FAIL = QartodFlag.FAIL.code();
    private static final byte MISSING = QartodFlag.MISSING.code();

    private Spike() {
    }

    /** Returns one flag code per value. */
    public static byte[] flags(double[] values, SpikeConfig config) {
        int n = values.length;
        byte[] flags = new byte[n];
        double suspect = config.suspectThreshold();
        double fail = config.failThreshold();
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                flags[i] = MISSING;
            } else if (i == 0 || i == n - 1) {
                flags[i] = UNKNOWN;
            } else {
                flags[i] = flag(v, reference(values[i - 1], values[i + 1]), suspect, fail);
            }
        }
        return flags;
    }

    /** The neighbour reference, NaN when the reference implementation masks it. */
    private static double reference(double left, double right) {
        if (!Double.isFinite(left)) {
            return Double.NaN;
        }
        if (!Double.isFinite(right)) {
            return left;
        }
        double ref = (left + right) / 2;
        return Double.isFinite(ref) ? ref : Double.NaN;
    }

    private static byte flag(double v, double ref, double suspect, double fail) {
        if (Double.isNaN(ref)) {
            return MISSING;
        }
        double diff = Math.abs(v - ref);
        if (!Double.isFinite(diff)) {
            return MISSING;
        }
        byte flag = GOOD;
        if (diff > suspect) {
            flag = SUSPECT;
        }
        if (diff > fail) {
            flag = FAIL;
        }
        return flag;
    }
}
