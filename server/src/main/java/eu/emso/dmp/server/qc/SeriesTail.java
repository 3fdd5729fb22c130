package eu.emso.dmp.server.qc;

import java.util.List;

/**
 * The running summary of one Datastream's stored numeric series that quality control needs to
 * flag values appended after it: its latest points (the flat-line, spike and rate-of-change
 * windows), in key order, as they are stored. It is current while the Datastream's series version
 * in the database (migration V8) equals {@code version}, the id of the transaction that made it.
 * Immutable.
 *
 * @param version   the series version it describes
 * @param config    the configuration version it was made under (a new one may need a longer window)
 * @param depth     the Datastream's nominal depth it was made with, NaN if none
 * @param points    the latest stored points, oldest first
 * @param fromStart whether {@code points} hold the whole series, not just its end
 */
record SeriesTail(long version, String config, double depth, List<QcPoint> points, boolean fromStart) {
    SeriesTail {
        points = List.copyOf(points);
    }

    /** Whether this summary is current for a series at {@code storedVersion} under {@code config}. */
    boolean describes(long storedVersion, EffectiveConfig config, double depth) {
        return version == storedVersion && java.util.Objects.equals(this.config, config.version())
                && Double.compare(this.depth, depth) == 0;
    }

    /** Whether it holds at least the latest {@code n} points of the series. */
    boolean holds(int n) {
        return fromStart || points.size() >= n;
    }

    /** The latest {@code n} points it holds (all when it holds fewer). */
    List<QcPoint> latest(int n) {
        return points.subList(Math.max(0, points.size() - n), points.size());
    }
}
