package eu.emso.dmp.qc;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A series of observations of one datastream, in time order: times (epoch milliseconds, UTC),
 * numeric values (NaN or infinite = missing, as ioos_qc masks invalid values) and optional depths
 * (metres positive down, NaN = unknown) used by the climatology test.
 *
 * <p>Immutable and thread safe: arrays are copied on construction and never exposed.
 */
public final class QcSeries {

    private final long[] epochMillis;
    private final double[] values;
    private final double[] depths;

    private QcSeries(long[] epochMillis, double[] values, double[] depths) {
        if (epochMillis.length != values.length) {
            throw new IllegalArgumentException(
                    "times and values differ in length: " + epochMillis.length + " != " + values.length);
        }
        if (depths != null && depths.length != values.length) {
            throw new IllegalArgumentException(
                    "depths and values differ in length: " + depths.length + " != " + values.length);
        }
        this.epochMillis = epochMillis;
        this.values = values;
        this.depths = depths;
    }

    /** A series from times in epoch milliseconds and values (both copied). */
    public static QcSeries ofEpochMillis(long[] epochMillis, double[] values) {
        return new QcSeries(epochMillis.clone(), values.clone(), null);
    }

    /** A series from times in whole epoch seconds and values (both copied). */
    public static QcSeries ofEpochSeconds(long[] epochSeconds, double[] values) {
        long[] millis = new long[epochSeconds.length];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = Math.multiplyExact(epochSeconds[i], 1000L);
        }
        return new QcSeries(millis, values.clone(), null);
    }

    /** A series from instants (truncated to milliseconds) and values (copied). */
    public static QcSeries ofInstants(List<Instant> times, double[] values) {
        long[] millis = new long[times.size()];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = times.get(i).toEpochMilli();
        }
        return new QcSeries(millis, values.clone(), null);
    }

    /** This series with a depth per point (copied; NaN where unknown). */
    public QcSeries withDepths(double[] depthPerPoint) {
        return new QcSeries(epochMillis, values, depthPerPoint.clone());
    }

    /** Number of points. */
    public int size() {
        return values.length;
    }

    /** Time of point {@code i} in epoch milliseconds. */
    public long epochMillis(int i) {
        return epochMillis[i];
    }

    /** Time of point {@code i}. */
    public Instant time(int i) {
        return Instant.ofEpochMilli(epochMillis[i]);
    }

    /** Value of point {@code i}; NaN when missing. */
    public double value(int i) {
        return values[i];
    }

    /** Depth of point {@code i}; NaN when unknown. */
    public double depth(int i) {
        return depths == null ? Double.NaN : depths[i];
    }

    /** The points {@code from} (inclusive) to {@code to} (exclusive). */
    public QcSeries slice(int from, int to) {
        return new QcSeries(Arrays.copyOfRange(epochMillis, from, to),
                Arrays.copyOfRange(values, from, to),
                depths == null ? null : Arrays.copyOfRange(depths, from, to));
    }

    /** This series followed by {@code next}, e.g. stored context followed by new observations. */
    public QcSeries append(QcSeries next) {
        int n = size();
        int m = next.size();
        long[] t = Arrays.copyOf(epochMillis, n + m);
        System.arraycopy(next.epochMillis, 0, t, n, m);
        double[] v = Arrays.copyOf(values, n + m);
        System.arraycopy(next.values, 0, v, n, m);
        double[] z = null;
        if (depths != null || next.depths != null) {
            z = new double[n + m];
            for (int i = 0; i < n + m; i++) {
                z[i] = i < n ? depth(i) : next.depth(i - n);
            }
        }
        return new QcSeries(t, v, z);
    }

    long[] epochMillisArray() {
        return epochMillis;
    }

    double[] valuesArray() {
        return values;
    }

    double[] depthsArray() {
        return depths;
    }
}
