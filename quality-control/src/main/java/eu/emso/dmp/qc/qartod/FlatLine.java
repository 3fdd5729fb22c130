package eu.emso.dmp.qc.qartod;

import eu.emso.dmp.qc.flag.QartodFlag;
import java.util.Arrays;

/**
 * QARTOD flat line test (QARTOD temperature/salinity manual, test 14; ioos_qc
 * {@code flat_line_test}), with the reference's computation of the window:
 * <ol>
 *   <li>the sampling interval is the median of the time differences of the series, truncated to
 *       whole seconds;</li>
 *   <li>a threshold of {@code T} seconds spans {@code c = int(int(T) / interval)} samples;</li>
 *   <li>point {@code i >= c} is flagged when the finite values of the window
 *       {@code x[i-c] .. x[i]} ({@code c + 1} points) span less than the tolerance; points before
 *       the first full window pass.</li>
 * </ol>
 * The suspect window is applied first, then the fail window (FAIL wins); missing points are
 * MISSING; series of fewer than 3 points pass.
 *
 * <p>Three deliberate differences where the reference has no meaningful result: a threshold shorter
 * than the sampling interval ({@code c = 0}, e.g. 300 s on hourly data) spans a single sample,
 * which cannot show a flat line, so that window flags nothing (the reference flags every point
 * FAIL there, since one value spans less than any tolerance); a missing point in a
 * series of fewer than 3 points is MISSING (the reference returns GOOD for every point there,
 * which would hide it in the aggregate), and when the median interval truncates to zero or less
 * (sub-second sampling, unordered times) the test is not evaluated and non-missing points are
 * UNKNOWN (the reference divides by zero).
 *
 * <p>Because the window is counted in samples at the median interval, evaluating a window of a
 * series gives the same flags as the whole series only when both have the same median interval,
 * which holds for regularly sampled series. Stateless and thread safe; O(n log n) for the median,
 * O(n) for the windows (monotonic queues).
 */
public final class FlatLine {

    private static final byte GOOD = QartodFlag.GOOD.code();
    private static final byte UNKNOWN = QartodFlag.UNKNOWN.code();
    private static final byte SUSPECT = QartodFlag.SUSPECT.code();
    private static final byte FAIL = QartodFlag.FAIL.code();
    private static final byte MISSING = QartodFlag.MISSING.code();

    private FlatLine() {
    }

    /**
     * Returns one flag code per value.
     *
     * @param epochMillis observation times, same length as {@code values}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static byte[] flags(long[] epochMillis, double[] values, FlatLineConfig config) {
        Arrays2.requireSameLength(epochMillis, values);
        int n = values.length;
        byte[] flags = new byte[n];
        Arrays.fill(flags, GOOD);
        if (n >= 3) {
            long interval = medianIntervalSeconds(epochMillis);
            if (interval <= 0) {
                Arrays.fill(flags, UNKNOWN);
            } else {
                markFlat(values, config.suspectCount(interval), config.tolerance(), flags, SUSPECT);
                markFlat(values, config.failCount(interval), config.tolerance(), flags, FAIL);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                flags[i] = MISSING;
            }
        }
        return flags;
    }

    /**
     * The median of the time differences in whole seconds, as numpy computes it on
     * {@code timedelta64} values (mean of the two middle differences for an even count).
     *
     * @param epochMillis at least two times
     */
    public static long medianIntervalSeconds(long[] epochMillis) {
        int m = epochMillis.length - 1;
        long[] diffs = new long[m];
        for (int i = 0; i < m; i++) {
            diffs[i] = epochMillis[i + 1] - epochMillis[i];
        }
        Arrays.sort(diffs);
        long medianMillis = m % 2 == 1
                ? diffs[m / 2]
                : Math.floorDiv(diffs[m / 2 - 1] + diffs[m / 2], 2L);
        return Math.floorDiv(medianMillis, 1000L);
    }

    /** Sets {@code flag} on every point whose window of {@code count + 1} values is flat. */
    private static void markFlat(double[] values, long count, double tolerance, byte[] flags, byte flag) {
        int n = values.length;
        if (count >= n || count < 1) {
            return; // a window of one sample is never flat
        }
        int c = (int) count;
        int[] minQueue = new int[n];
        int[] maxQueue = new int[n];
        int minHead = 0;
        int minTail = 0;
        int maxHead = 0;
        int maxTail = 0;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (Double.isFinite(v)) {
                while (minTail > minHead && values[minQueue[minTail - 1]] >= v) {
                    minTail--;
                }
                minQueue[minTail++] = i;
                while (maxTail > maxHead && values[maxQueue[maxTail - 1]] <= v) {
                    maxTail--;
                }
                maxQueue[maxTail++] = i;
            }
            int first = i - c;
            while (minTail > minHead && minQueue[minHead] < first) {
                minHead++;
            }
            while (maxTail > maxHead && maxQueue[maxHead] < first) {
                maxHead++;
            }
            if (first >= 0 && minTail > minHead
                    && Math.abs(values[maxQueue[maxHead]] - values[minQueue[minHead]]) < tolerance) {
                flags[i] = flag;
            }
        }
    }
}
