package eu.emso.dmp.server.qc;

import eu.emso.dmp.model.store.ObservationHistory;
import eu.emso.dmp.model.store.QualityUpdate;
import eu.emso.dmp.model.store.StoredObservation;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The new observations of one Datastream merged, in key order, with the stored observations whose
 * flags they need or change: the {@code k} stored points before the first new one (context; the
 * last of them gets its spike flag now that it has a successor), every stored point among the new
 * ones (late arrivals), and up to {@code k} stored points after the last new one (their windows
 * now include the new points). A new observation whose key is already stored is evaluated as the
 * stored one: it will not be stored again. Not thread-safe; one per batch and Datastream.
 */
final class Neighbourhood {
    private static final int PROBE = 16;
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::start).thenComparing(Key::end);
    private final TreeMap<Key, Entry> entries = new TreeMap<>(ORDER);
    private final double depth;

    /** @param depth the Datastream's nominal depth, NaN if none */
    Neighbourhood(double depth) {
        this.depth = depth;
    }

    /** Adds a new observation at batch position {@code index}; the first of equal keys is the one kept. */
    void addNew(int index, OffsetDateTime start, OffsetDateTime end, double value, SourceQuality source) {
        Entry e = entries.computeIfAbsent(Key.of(start, end),
                k -> new Entry(new QcPoint(start, end, value, depthOf(source), source), null));
        e.batchIndexes.add(index);
    }

    /**
     * Reads the stored neighbours that {@code config} needs (none for point-wise tests), in one
     * query when {@code hint} (the context size this Datastream needed last time, 0 if unknown)
     * is enough; returns the context size needed now.
     */
    int readStored(ObservationHistory history, long datastreamId, EffectiveConfig config, int hint)
            throws SQLException {
        if (entries.isEmpty() || !config.readsNeighbours()) {
            return 0;
        }
        QcPoint first = entries.firstEntry().getValue().point;
        QcPoint last = entries.lastEntry().getValue().point;
        // the sampling interval: a bulk batch shows it by itself, a few points need the latest stored ones
        boolean bulk = entries.size() >= PROBE;
        int guess = bulk ? hint : Math.max(PROBE, hint);
        ObservationHistory.Around around = history.around(datastreamId, first.start(), first.end(), last.start(),
                last.end(), guess, guess + 1);
        List<StoredObservation> before = around.before();
        List<StoredObservation> probe = bulk ? List.of() : before.subList(Math.max(0, before.size() - PROBE), before.size());
        int k = SeriesEvaluator.contextSize(config.config(), times(probe));
        List<StoredObservation> context = k > before.size() && before.size() == guess
                ? history.before(datastreamId, first.start(), first.end(), k)
                : before.subList(Math.max(0, before.size() - k), before.size());
        for (int i = 0; i < context.size(); i++) {
            addStored(context.get(i), i == context.size() - 1);
        }
        for (StoredObservation s : around.between()) {
            addStored(s, true);
        }
        List<StoredObservation> after = k + 1 > around.after().size() && around.after().size() == guess + 1
                ? history.after(datastreamId, last.start(), last.end(), null, k + 1)
                : around.after().subList(0, Math.min(k + 1, around.after().size()));
        for (int i = 0; i < after.size(); i++) {
            addStored(after.get(i), i < k);
        }
        return k;
    }

    /**
     * Evaluates the merged series: sets the quality of every new observation in {@code out} (by
     * batch position) and returns the updates of the stored observations whose flags changed.
     */
    List<QualityUpdate> evaluate(EffectiveConfig config, Quality[] out) {
        List<Entry> series = new ArrayList<>(entries.values());
        List<Quality> quality = SeriesEvaluator.evaluate(config, series.stream().map(e -> e.point).toList());
        List<QualityUpdate> updates = new ArrayList<>();
        for (int j = 0; j < series.size(); j++) {
            Entry e = series.get(j);
            Quality q = quality.get(j);
            for (int index : e.batchIndexes) {
                out[index] = q;
            }
            if (e.stored != null && e.update) {
                updates.add(q.updateOf(e.stored));
            }
        }
        return updates;
    }

    private void addStored(StoredObservation s, boolean update) {
        SourceQuality source = SourceQuality.ofStored(s.parameters(), s.resultQuality());
        QcPoint point = new QcPoint(s.phenomenonStart(), s.phenomenonEnd(), s.resultNumber(), depthOf(source), source);
        Entry stored = new Entry(point, s);
        Entry previous = entries.put(Key.of(s.phenomenonStart(), s.phenomenonEnd()), stored);
        if (previous != null) {
            stored.batchIndexes.addAll(previous.batchIndexes);
            stored.update = previous.update;
        }
        stored.update |= update;
    }

    private double depthOf(SourceQuality source) {
        return Double.isNaN(source.depth()) ? depth : source.depth();
    }

    /** Times of the stored probe followed by the new points, in order. */
    private long[] times(List<StoredObservation> probe) {
        long[] t = new long[probe.size() + entries.size()];
        int i = 0;
        for (StoredObservation s : probe) {
            t[i++] = s.phenomenonStart().toInstant().toEpochMilli();
        }
        for (Key k : entries.keySet()) {
            t[i++] = k.start().toEpochMilli();
        }
        return t;
    }

    private record Key(Instant start, Instant end) {
        static Key of(OffsetDateTime start, OffsetDateTime end) {
            return new Key(start.toInstant(), end.toInstant());
        }
    }

    private static final class Entry {
        final QcPoint point;
        final StoredObservation stored;
        final List<Integer> batchIndexes = new ArrayList<>(1);
        boolean update;

        Entry(QcPoint point, StoredObservation stored) {
            this.point = point;
            this.stored = stored;
        }
    }
}
