package eu.emso.dmp.model.store;

import java.time.Duration;

/**
 * Settings of the entity store. Immutable.
 *
 * @param defaultTop  page size when a request has no {@code $top} (also for expanded collections)
 * @param maxTop      the largest page a request may ask for; larger {@code $top} values are lowered
 * @param expandDepth the most navigation steps one {@code $expand} chain may take, counting path
 *                    segments and nested {@code $expand}s alike ({@code Datastreams/Thing} is 2);
 *                    a deeper one is refused with a {@link eu.emso.dmp.model.query.QueryException}
 * @param expandEntities the most entities one response may hold, expanded ones included, counted
 *                    as they are written out (an entity reached along two paths counts twice);
 *                    a larger one is refused with a {@link eu.emso.dmp.model.query.QueryException}
 * @param readTimeout the longest one read may run in the database (PostgreSQL
 *                    {@code statement_timeout}, set for the read's transaction); zero: no limit
 */
public record StoreSettings(int defaultTop, int maxTop, int expandDepth, long expandEntities, Duration readTimeout) {

    public StoreSettings {
        if (expandDepth < 1 || expandEntities < 1 || readTimeout.isNegative()) {
            throw new IllegalArgumentException("expandDepth and expandEntities must be positive, readTimeout not negative");
        }
    }

    /** Paging limits with the default expand limits and read timeout. */
    public StoreSettings(int defaultTop, int maxTop) {
        this(defaultTop, maxTop, DEFAULT_EXPAND_DEPTH, DEFAULT_EXPAND_ENTITIES, DEFAULT_READ_TIMEOUT);
    }

    /** The default of {@link #expandEntities()}. */
    public static final long DEFAULT_EXPAND_ENTITIES = 1_000_000;

    /** The default of {@link #expandDepth()}. */
    public static final int DEFAULT_EXPAND_DEPTH = 8;
    /** The default of {@link #readTimeout()}. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    public static StoreSettings defaults() {
        return new StoreSettings(100, 10_000);
    }

    /** The same paging with other expand limits and read timeout. */
    public StoreSettings withLimits(int depth, long entities, Duration timeout) {
        return new StoreSettings(defaultTop, maxTop, depth, entities, timeout);
    }
}
