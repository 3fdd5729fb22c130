package eu.emso.dmp.conformance.sta11.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A regular time series as loaded into one Datastream: the i-th observation has phenomenonTime
 * {@code start + i * step} and result {@code values.get(i)}. Immutable and thread-safe.
 *
 * @param start the phenomenonTime of the first observation
 * @param step the time between two observations
 * @param values the results, in time order
 */
public record Series(Instant start, Duration step, List<BigDecimal> values) {
    /** Copies {@code values}. */
    public Series {
        values = List.copyOf(values);
    }

    /** A series of {@code count} values {@code first, first + increment, ...}. */
    public static Series linear(Instant start, Duration step, String first, String increment, int count) {
        BigDecimal value = new BigDecimal(first);
        BigDecimal inc = new BigDecimal(increment);
        BigDecimal[] values = new BigDecimal[count];
        for (int i = 0; i < count; i++) {
            values[i] = value;
            value = value.add(inc);
        }
        return new Series(start, step, List.of(values));
    }

    /** The number of observations. */
    public int size() {
        return values.size();
    }

    /** The phenomenonTime of observation {@code i}. */
    public Instant time(int i) {
        return start.plus(step.multipliedBy(i));
    }

    /** The result of observation {@code i}. */
    public BigDecimal value(int i) {
        return values.get(i);
    }

    /** The phenomenonTime of the last observation. */
    public Instant lastTime() {
        return time(size() - 1);
    }
}
