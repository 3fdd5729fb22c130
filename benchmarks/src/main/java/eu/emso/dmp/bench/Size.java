package eu.emso.dmp.bench;

import java.util.Locale;

/**
 * How big a benchmark run is: the generated data set and the repetitions per scenario.
 *
 * @param things        Things (stations), each with one Location at an ocean site
 * @param streams       Datastreams per Thing, sampling from 1 Hz to hourly
 * @param observations  observations loaded before the read scenarios (approximately)
 * @param reps          timed repetitions of each read scenario
 * @param pagingDepth   pages followed through {@code @iot.nextLink} in the paging scenario
 * @param pageSize      observations per page ({@code $top}) in the paging scenario
 * @param posts         single-observation POSTs in each POST scenario
 */
public record Size(String name, int things, int streams, long observations, int reps, int pagingDepth, int pageSize,
        int posts) {

    public static final Size SMALL = new Size("small", 3, 4, 200_000, 15, 20, 100, 400);
    public static final Size MEDIUM = new Size("medium", 10, 6, 3_000_000, 30, 200, 100, 2_000);
    /** 12 Things, so that each 1 Hz Datastream holds over 1.1 million observations and is paged 1 million deep. */
    public static final Size LARGE = new Size("large", 12, 8, 30_000_000, 30, 200, 5_000, 2_000);

    /** The size named {@code small}, {@code medium} or {@code large}. */
    public static Size named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "medium" -> MEDIUM;
            case "large" -> LARGE;
            default -> throw new IllegalArgumentException("unknown size " + name + " (small, medium, large)");
        };
    }

    /** How deep the paging scenario walks, in observations. */
    public long pagingRows() {
        return (long) pagingDepth * pageSize;
    }

    /**
     * The same shape, repetitions and walks with {@code n} observations: to see how read latency
     * grows with the data, e.g. the {@code large} shape at 1 million against 30 million.
     */
    public Size withObservations(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("--observations must be positive");
        }
        return new Size(name, things, streams, n, reps, pagingDepth, pageSize, posts);
    }

    /** The same size with fewer repetitions, POSTs and pages: for smoke tests. */
    public Size reduced() {
        return new Size(name, things, streams, observations, 3, Math.min(pagingDepth, 5), pageSize, Math.min(posts, 50));
    }
}
