package eu.emso.dmp.qc;

import eu.emso.dmp.qc.flag.QartodFlag;
import eu.emso.dmp.qc.qartod.Climatology;
import eu.emso.dmp.qc.qartod.FlatLine;
import eu.emso.dmp.qc.qartod.GrossRange;
import eu.emso.dmp.qc.qartod.RateOfChange;
import eu.emso.dmp.qc.qartod.Spike;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Runs the QARTOD tests of a {@link QcConfig} over a {@link QcSeries}, as ioos_qc's
 * {@code QcConfig.run} does for the {@code qartod} module, and aggregates the flags.
 *
 * <h2>Incremental evaluation</h2>
 * A caller that stores flagged history and receives new observations does not need to re-check
 * the whole history. With {@code k = contextSize(config, samplingInterval)}, it evaluates the last
 * {@code min(k, stored)} stored points followed by the new points. Then, for a regularly sampled
 * datastream (see {@link FlatLine} for why the sampling must be regular):
 * <ul>
 *   <li>the flags of the new points and of the <em>last stored point</em> equal those of evaluating
 *       the whole series at once; the caller replaces the stored flags of that point, whose spike
 *       flag could not be known before its successor arrived;</li>
 *   <li>the flags of the earlier context points lack their own context and must be ignored;</li>
 *   <li>the last new point stays provisional in the same way until the next call.</li>
 * </ul>
 * A flat line threshold shorter than one sampling interval is degenerate (every point is a
 * window of its own) and is not covered by this guarantee for the first point of a datastream.
 *
 * <p>Stateless and thread safe.
 */
public final class QcRunner {

    private QcRunner() {
    }

    /** Runs every configured test over the series and aggregates their flags. */
    public static QcResult run(QcConfig config, QcSeries series) {
        long[] t = series.epochMillisArray();
        double[] v = series.valuesArray();
        EnumMap<QcTest, byte[]> flags = new EnumMap<>(QcTest.class);
        if (config.grossRange() != null) {
            flags.put(QcTest.GROSS_RANGE, GrossRange.flags(v, config.grossRange()));
        }
        if (config.climatology() != null) {
            flags.put(QcTest.CLIMATOLOGY,
                    Climatology.flags(t, v, series.depthsArray(), config.climatology()));
        }
        if (config.spike() != null) {
            flags.put(QcTest.SPIKE, Spike.flags(v, config.spike()));
        }
        if (config.rateOfChange() != null) {
            flags.put(QcTest.RATE_OF_CHANGE, RateOfChange.flags(t, v, config.rateOfChange()));
        }
        if (config.flatLine() != null) {
            flags.put(QcTest.FLAT_LINE, FlatLine.flags(t, v, config.flatLine()));
        }
        List<byte[]> all = new ArrayList<>(flags.values());
        return new QcResult(flags, QartodFlag.aggregate(all, series.size()));
    }

    /**
     * How many preceding stored points a configuration needs as context for incremental
     * evaluation (see the class description): 0 for point-wise tests only (gross range,
     * climatology), at least 2 with a spike or rate of change test, and with a flat line test one
     * more than the number of samples its longer threshold spans at the sampling interval.
     *
     * @param samplingInterval the datastream's regular sampling interval; only whole seconds count,
     *     as in the reference's flat line window
     */
    public static int contextSize(QcConfig config, Duration samplingInterval) {
        long context = 0;
        if (config.spike() != null || config.rateOfChange() != null) {
            context = 2;
        }
        if (config.flatLine() != null) {
            context = Math.max(context, 2);
            long interval = samplingInterval.getSeconds();
            if (interval > 0) {
                long window = Math.max(config.flatLine().suspectCount(interval),
                        config.flatLine().failCount(interval));
                context = Math.max(context, window + 1);
            }
        }
        return (int) Math.min(context, Integer.MAX_VALUE);
    }
}
