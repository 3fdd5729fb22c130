package eu.emso.dmp.qc.qartod;

import eu.emso.dmp.qc.flag.QartodFlag;

/**
 * QARTOD gross range test (QARTOD temperature/salinity manual, test 10; ioos_qc
 * {@code gross_range_test}): a value outside the fail span is FAIL, outside the suspect span
 * SUSPECT, otherwise GOOD; missing values are MISSING. Bounds are inclusive (a value equal to a
 * bound passes).
 *
 * <p>Stateless and thread safe; O(n), no allocation beyond the result.
 */
public final class GrossRange {

    private static final byte GOOD = QartodFlag.GOOD.code();
    private static final byte SUSPECT = QartodFlag.SUSPECT.code();
    private static final byte FAIL = QartodFlag.FAIL.code();
    private static final byte MISSING = QartodFlag.MISSING.code();

    private GrossRange() {
    }

    /** Returns one flag code per value. */
    public static byte[] flags(double[] values, GrossRangeConfig config) {
        Span fail = config.failSpan();
        Span suspect = config.suspectSpan();
        byte[] flags = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                flags[i] = MISSING;
            } else if (fail.excludes(v)) {
                flags[i] = FAIL;
            } else if (suspect != null && suspect.excludes(v)) {
                flags[i] = SUSPECT;
            } else {
                flags[i] = GOOD;
            }
        }
        return flags;
    }
}
