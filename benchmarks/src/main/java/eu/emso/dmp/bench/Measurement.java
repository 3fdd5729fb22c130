package eu.emso.dmp.bench;

/**
 * What one scenario gave for one peer: a figure (median, with its 99th percentile where samples
 * were repeated) or the reason there is none. Immutable.
 *
 * @param value        the median (ms for reads, observations per second for writes); null when absent
 * @param p99          the 99th percentile, or null
 * @param unavailable  why there is no figure ("not available: ..."), or null
 */
public record Measurement(Double value, Double p99, String unavailable) {

    public static Measurement of(double value) {
        return new Measurement(value, null, null);
    }

    public static Measurement of(Stats stats) {
        return new Measurement(stats.median(), stats.p99(), null);
    }

    /** No figure, with the reason: the scenario is not supported or failed. */
    public static Measurement notAvailable(String reason) {
        return new Measurement(null, null, "not available: " + reason);
    }

    public boolean available() {
        return value != null;
    }
}
