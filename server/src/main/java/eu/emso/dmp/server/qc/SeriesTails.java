package eu.emso.dmp.server.qc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory cache of {@link SeriesTail}s, one per Datastream whose tests read neighbours.
 * An entry is written inside the write transaction, tagged with that transaction's id; it is used
 * only when the database's series version still equals that id, so a transaction that rolled
 * back, another process's write, a deletion or a re-run of quality control make it stale, and
 * the write path then rebuilds it from the stored rows. Bounded: past {@link #MAX_DATASTREAMS}
 * entries it starts again empty. Thread-safe.
 */
final class SeriesTails {
    /** The most Datastreams kept at once. */
    static final int MAX_DATASTREAMS = 50_000;
    /** The longest tail kept; a Datastream whose window needs more is always read from the database. */
    static final int MAX_POINTS = 2_000;
    private final Map<Long, SeriesTail> tails = new ConcurrentHashMap<>();

    /** The tail of {@code datastreamId} if there is one, current or not. */
    SeriesTail get(long datastreamId) {
        return tails.get(datastreamId);
    }

    /** Keeps {@code tail} for {@code datastreamId}, or forgets the Datastream when it is null or too long. */
    void put(long datastreamId, SeriesTail tail) {
        if (tail == null || tail.points().size() > MAX_POINTS) {
            tails.remove(datastreamId);
            return;
        }
        if (tails.size() >= MAX_DATASTREAMS && !tails.containsKey(datastreamId)) {
            tails.clear();
        }
        tails.put(datastreamId, tail);
    }
}
