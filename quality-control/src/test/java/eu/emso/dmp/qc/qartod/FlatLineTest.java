package eu.emso.dmp.qc.qartod;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FlatLineTest {

    private static long[] everySeconds(int n, long step) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * step * 1000;
        }
        return t;
    }

    @Test
    void medianIntervalOfAnEvenCountAveragesTheMiddleDifferences() {
        long[] t = {0, 10_000, 20_000, 35_000, 60_000};

        assertThat(FlatLine.medianIntervalSeconds(t)).isEqualTo(12);
    }

    @Test
    void medianIntervalTruncatesToWholeSeconds() {
        assertThat(FlatLine.medianIntervalSeconds(new long[] {0, 10_900, 21_800})).isEqualTo(10);
    }

    @Test
    void windowSpansTheThresholdAtTheMedianInterval() {
        // 10 s sampling with one late sample: the median stays 10 s, so 30 s spans 3 samples
        long[] t = {0, 10_000, 20_000, 30_000, 95_000, 105_000};
        double[] v = {5, 5, 5, 5, 5, 5};

        byte[] flags = FlatLine.flags(t, v, new FlatLineConfig(0.1, 30, 1000));

        assertThat(flags).containsExactly(1, 1, 1, 3, 3, 3);
    }

    @Test
    void thresholdsShorterThanTheSamplingIntervalFlagNothing() {
        // hourly data with thresholds of 100 s and 300 s (set for faster sampling): a window of
        // one sample cannot be flat, so nothing is flagged, as the OBSEA CTD series must not be
        long[] t = {0, 3_600_000, 7_200_000, 10_800_000};
        double[] v = {13.45, 13.46, 13.43, 13.43};

        assertThat(FlatLine.flags(t, v, new FlatLineConfig(1e-5, 100, 300))).containsExactly(1, 1, 1, 1);
    }

    @Test
    void subSecondSamplingIsNotEvaluated() {
        long[] t = {0, 200, 400, 600};
        double[] v = {1, 1, Double.NaN, 1};

        assertThat(FlatLine.flags(t, v, new FlatLineConfig(0.1, 1, 2))).containsExactly(2, 2, 9, 2);
    }

    @Test
    void missingValuesOfShortSeriesAreMissing() {
        assertThat(FlatLine.flags(new long[] {0, 1000}, new double[] {Double.NaN, 3},
                new FlatLineConfig(0.1, 1, 2))).containsExactly(9, 1);
    }

    @Test
    void longWindowsAgreeWithTheirDefinition() {
        Random random = new Random(5);
        double[] v = new double[2000];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextInt(10) < 8 ? Math.round(random.nextGaussian() * 2) / 2.0 : Double.NaN;
        }
        FlatLineConfig config = new FlatLineConfig(0.6, 40, 70);

        byte[] flags = FlatLine.flags(everySeconds(v.length, 10), v, config);

        for (int i = 0; i < v.length; i++) {
            int expected = Double.isNaN(v[i]) ? 9 : flatOver(v, i, 7, 0.6) ? 4 : flatOver(v, i, 4, 0.6) ? 3 : 1;
            assertThat((int) flags[i]).as("point %d", i).isEqualTo(expected);
        }
    }

    /** Whether the finite values of x[i-c..i] span less than the tolerance. */
    private static boolean flatOver(double[] x, int i, int c, double tolerance) {
        if (i < c) {
            return false;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = i - c; j <= i; j++) {
            if (!Double.isNaN(x[j])) {
                min = Math.min(min, x[j]);
                max = Math.max(max, x[j]);
            }
        }
        return min <= max && max - min < tolerance;
    }
}
