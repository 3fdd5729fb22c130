package eu.emso.dmp.qc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.qc.qartod.ClimatologyConfig;
import eu.emso.dmp.qc.qartod.ClimatologyMember;
import eu.emso.dmp.qc.qartod.ClimatologyPeriod;
import eu.emso.dmp.qc.qartod.FlatLineConfig;
import eu.emso.dmp.qc.qartod.GrossRangeConfig;
import eu.emso.dmp.qc.qartod.RateOfChangeConfig;
import eu.emso.dmp.qc.qartod.Span;
import eu.emso.dmp.qc.qartod.SpikeConfig;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A caller holding stored history evaluates only {@code contextSize} stored points plus the new
 * ones and gets the flags of evaluating the whole series at once (regular sampling).
 */
class IncrementalEvaluationTest {

    private static final Duration STEP = Duration.ofSeconds(10);
    private static final QcConfig CONFIG = new QcConfig(
            new GrossRangeConfig(new Span(8, 40), new Span(10, 32)),
            new ClimatologyConfig(List.of(
                    new ClimatologyMember(new Span(1, 6), new Span(12.3, 22), null, new Span(0, 100),
                            ClimatologyPeriod.MONTH),
                    new ClimatologyMember(new Span(7, 12), new Span(16, 28.2), null, new Span(0, 100),
                            ClimatologyPeriod.MONTH))),
            new SpikeConfig(1, 3),
            new RateOfChangeConfig(0.01),
            new FlatLineConfig(1e-5, 100, 300));

    @Test
    void contextCoversTheLongerFlatLineWindow() {
        assertThat(QcRunner.contextSize(CONFIG, STEP)).isEqualTo(31);
        assertThat(QcRunner.contextSize(new QcConfig(null, null, new SpikeConfig(1, 3), null, null), STEP))
                .isEqualTo(2);
        assertThat(QcRunner.contextSize(
                new QcConfig(new GrossRangeConfig(new Span(8, 40), null), null, null, null, null), STEP))
                .isZero();
    }

    @Test
    void theSeriesExercisesEveryFlagOfEveryTest() {
        QcResult batch = QcRunner.run(CONFIG, series(new Random(7), 700));

        assertThat(batch.flags(QcTest.GROSS_RANGE)).contains(1, 3, 4, 9);
        assertThat(batch.flags(QcTest.CLIMATOLOGY)).contains(1, 3, 9);
        assertThat(batch.flags(QcTest.SPIKE)).contains(1, 2, 3, 4, 9);
        assertThat(batch.flags(QcTest.RATE_OF_CHANGE)).contains(1, 3, 9);
        assertThat(batch.flags(QcTest.FLAT_LINE)).contains(1, 3, 4, 9);
    }

    @Test
    void oneByOneArrivalEqualsWholeSeries() {
        QcSeries series = series(new Random(7), 700);
        int k = QcRunner.contextSize(CONFIG, STEP);

        assertSameFlags(incremental(series, k, i -> 1), QcRunner.run(CONFIG, series));
    }

    @Test
    void arrivalInBatchesEqualsWholeSeries() {
        QcSeries series = series(new Random(11), 700);
        int k = QcRunner.contextSize(CONFIG, STEP);
        Random sizes = new Random(3);

        assertSameFlags(incremental(series, k, i -> 1 + sizes.nextInt(9)), QcRunner.run(CONFIG, series));
    }

    @Test
    void aSmallerContextMissesFlatLines() {
        QcSeries series = series(new Random(7), 700);
        int k = QcRunner.contextSize(CONFIG, STEP);

        Flags tooShort = incremental(series, k - 1, i -> 1);

        assertThat(tooShort.byTest[QcTest.FLAT_LINE.ordinal()])
                .isNotEqualTo(QcRunner.run(CONFIG, series).flags(QcTest.FLAT_LINE));
    }

    /** Final flags collected as a stream-processing caller would keep them. */
    private record Flags(byte[][] byTest, byte[] aggregate) {
    }

    private static Flags incremental(QcSeries series, int context, IntUnaryOperator batchSize) {
        int n = series.size();
        byte[][] byTest = new byte[QcTest.values().length][n];
        byte[] aggregate = new byte[n];
        int stored = 0;
        while (stored < n) {
            int end = Math.min(n, stored + batchSize.applyAsInt(stored));
            int from = Math.max(0, stored - context);
            QcSeries input = series.slice(from, stored).append(series.slice(stored, end));
            QcResult result = QcRunner.run(CONFIG, input);
            for (int i = Math.max(from, stored - 1); i < end; i++) {
                for (QcTest t : result.tests()) {
                    byTest[t.ordinal()][i] = result.flag(t, i - from).code();
                }
                aggregate[i] = result.aggregate(i - from).code();
            }
            stored = end;
        }
        return new Flags(byTest, aggregate);
    }

    private static void assertSameFlags(Flags incremental, QcResult batch) {
        for (QcTest t : batch.tests()) {
            assertThat(incremental.byTest[t.ordinal()]).as(t.configName()).containsExactly(batch.flags(t));
        }
        assertThat(incremental.aggregate).as("aggregate").containsExactly(batch.aggregate());
    }

    /**
     * A 10-second temperature record crossing a month boundary, with noise, spikes, steps, gaps and
     * flat stretches of several lengths, so that every test raises every flag it can.
     */
    private static QcSeries series(Random random, int n) {
        long start = 1_214_870_000L; // 2008-06-30T23:53:20Z: the record crosses into July
        long[] seconds = new long[n];
        double[] values = new double[n];
        double[] depths = new double[n];
        double level = 21.5;
        for (int i = 0; i < n; i++) {
            seconds[i] = start + 10L * i;
            depths[i] = 20;
            level += random.nextGaussian() * 0.05;
            values[i] = level;
        }
        flat(values, 100, 15);
        flat(values, 300, 45);
        flat(values, 500, 31);
        for (int i = 0; i < n; i += 37) {
            values[i] += random.nextBoolean() ? 1.5 : -4;
        }
        for (int i = 5; i < n; i += 53) {
            values[i] = Double.NaN;
        }
        values[n / 2] = 45;
        values[n / 3] = 35;
        return QcSeries.ofEpochSeconds(seconds, values).withDepths(depths);
    }

    private static void flat(double[] values, int from, int length) {
        for (int i = from; i < from + length; i++) {
            values[i] = values[from] + (i % 2) * 1e-6;
        }
    }
}
