package eu.emso.dmp.server.qc;

import eu.emso.dmp.model.store.QcColumns;
import eu.emso.dmp.qc.QcConfig;
import eu.emso.dmp.qc.QcResult;
import eu.emso.dmp.qc.QcRunner;
import eu.emso.dmp.qc.QcSeries;
import eu.emso.dmp.qc.QcTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a configuration over a series of points and turns the flags into {@link Quality} values,
 * and says how much stored history a series needs as context ({@link QcRunner#contextSize}).
 * Stateless and thread-safe.
 */
final class SeriesEvaluator {
    /** The most stored points read as context; a flat line window longer than this is cut short. */
    static final int MAX_CONTEXT = 10_000;

    private SeriesEvaluator() {
    }

    /** The quality of every point of {@code points} (in time order) under {@code config}. */
    static List<Quality> evaluate(EffectiveConfig config, List<QcPoint> points) {
        int n = points.size();
        List<Quality> out = new ArrayList<>(n);
        if (!config.evaluates()) {
            for (QcPoint p : points) {
                out.add(Quality.unevaluated(config, p.source()));
            }
            return out;
        }
        long[] t = new long[n];
        double[] v = new double[n];
        double[] z = new double[n];
        boolean depths = false;
        for (int i = 0; i < n; i++) {
            QcPoint p = points.get(i);
            t[i] = p.start().toInstant().toEpochMilli();
            v[i] = p.value();
            z[i] = p.depth();
            depths |= !Double.isNaN(p.depth());
        }
        QcSeries series = QcSeries.ofEpochMillis(t, v);
        QcResult result = QcRunner.run(config.config(), depths ? series.withDepths(z) : series);
        List<QcTest> tests = result.tests();
        int[] slots = new int[tests.size()];
        byte[][] flags = new byte[tests.size()][];
        for (int k = 0; k < slots.length; k++) {
            slots[k] = QcColumns.slot(tests.get(k).configName());
            flags[k] = result.flags(tests.get(k));
        }
        byte[] aggregate = result.aggregate();
        long version = QcColumns.version(config.version());
        for (int i = 0; i < n; i++) {
            out.add(Quality.evaluated(version, slots, flags, aggregate, i, points.get(i).source()));
        }
        return out;
    }

    /**
     * How many stored points must precede a series with these times (epoch milliseconds, in
     * order) so that its flags equal those of the whole stored series. The sampling interval is
     * taken as the smallest spacing of at least one second, in whole seconds as the reference's flat
     * line counts it: with regular sampling that is the interval, and with sparse or late arrivals
     * it errs towards more context, which costs reads but never changes a flag.
     */
    static int contextSize(QcConfig config, long[] epochMillis) {
        long smallest = Long.MAX_VALUE;
        for (int i = 1; i < epochMillis.length; i++) {
            long seconds = (epochMillis[i] - epochMillis[i - 1]) / 1000;
            if (seconds >= 1 && seconds < smallest) {
                smallest = seconds;
            }
        }
        Duration interval = smallest == Long.MAX_VALUE ? Duration.ZERO : Duration.ofSeconds(smallest);
        return Math.min(QcRunner.contextSize(config, interval), MAX_CONTEXT);
    }
}
