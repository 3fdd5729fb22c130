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
 * stored one: it will not be stored again. The stored part comes from the database
 * ({@link #readStored}) or, when the new observations all follow the stored ones, from the
 * Datastream's {@link SeriesTail} ({@link #useTail}); either way the series and so the flags are
 * the same. Not thread-safe; one per batch and Datastream.
 */
final class Neighbourhood {
    /** The stored points a few new ones are probed with for the sampling interval. */
    static final int PROBE = 16;
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::start).thenComparing(Key::end);
    private final TreeMap<Key, Entry> entries = new TreeMap<>(ORDER);
    private final long datastreamId;
    private final double depth;
    /** Whether the merged series reaches the end of the stored one, and whether it starts where that starts. */
    private boolean reachesEnd;
    private boolean fromStart;
    /** Stored points before the context, read anyway: kept in the tail, not evaluated. */
    private List<QcPoint> older = List.of();

    /** @param depth the Datastream's nominal depth, NaN if none */
    Neighbourhood(long datastreamId, double depth) {
        this.datastreamId = datastreamId;
        this.depth = depth;
    }

    /** Adds a new observation at batch position {@code index}; the first of equal keys is the one kept. */
    void addNew(int index, OffsetDateTime start, OffsetDateTime end, double value, SourceQuality source) {
        Entry e = entries.computeIfAbsent(Key.of(start, end),
                k -> new Entry(new QcPoint(start, end, value, depthOf(source), source), false));
        e.batchIndexes.add(index);
    }

    /**
     * Reads the stored neighbours that {@code config} needs (none for point-wise tests), in one
     * query when {@code hint} (the context size this Datastream needed last time, 0 if unknown)
     * is enough; returns the context size needed now.
     */
    int readStored(ObservationHistory history, EffectiveConfig config, int hint) throws SQLException {
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
        int k = SeriesEvaluator.contextSize(config.config(), times(probe.stream().map(StoredObservation::phenomenonStart)));
        List<StoredObservation> context;
        if (k > before.size() && before.size() == guess) {
            context = history.before(datastreamId, first.start(), first.end(), k);
            fromStart = context.size() < k;
        } else {
            int split = Math.max(0, before.size() - k);
            context = before.subList(split, before.size());
            older = before.subList(0, split).stream().map(this::point).toList();
            fromStart = before.size() < guess;
        }
        for (int i = 0; i < context.size(); i++) {
            addStored(context.get(i), i == context.size() - 1);
        }
        for (StoredObservation s : around.between()) {
            addStored(s, true);
        }
        List<StoredObservation> after;
        if (k + 1 > around.after().size() && around.after().size() == guess + 1) {
            after = history.after(datastreamId, last.start(), last.end(), null, k + 1);
            reachesEnd = after.size() < k + 1;
        } else {
            after = around.after().subList(0, Math.min(k + 1, around.after().size()));
            reachesEnd = around.after().size() < guess + 1 && after.size() == around.after().size();
        }
        for (int i = 0; i < after.size(); i++) {
            addStored(after.get(i), i < k);
        }
        return k;
    }

    /**
     * Takes the stored neighbours from {@code tail} instead of the database, as
     * {@link #readStored} would have read them: possible when every new observation follows the
     * stored series and the tail holds the context needed. Returns the context size, or -1 (and
     * changes nothing) when the database must be read.
     */
    int useTail(SeriesTail tail, EffectiveConfig config) {
        List<QcPoint> stored = tail.points();
        if (entries.isEmpty() || !stored.isEmpty() && ORDER.compare(key(stored.get(stored.size() - 1)),
                entries.firstKey()) >= 0) {
            return -1;
        }
        boolean bulk = entries.size() >= PROBE;
        if (!bulk && !tail.holds(PROBE)) {
            return -1;
        }
        List<QcPoint> probe = bulk ? List.of() : tail.latest(PROBE);
        int k = SeriesEvaluator.contextSize(config.config(), times(probe.stream().map(QcPoint::start)));
        if (!tail.holds(k)) {
            return -1;
        }
        List<QcPoint> context = tail.latest(k);
        older = stored.subList(0, stored.size() - context.size());
        for (int i = 0; i < context.size(); i++) {
            Entry e = new Entry(context.get(i), true);
            e.update = i == context.size() - 1;
            entries.put(key(context.get(i)), e);
        }
        reachesEnd = true;
        fromStart = tail.fromStart();
        return k;
    }

    /**
     * The tail of the stored series once this batch is stored, keeping its latest {@code keep}
     * points, as made by the transaction whose id is {@code version}; null when the merged series
     * does not reach the end of the stored one.
     */
    SeriesTail tail(long version, EffectiveConfig config, int keep) {
        if (!reachesEnd) {
            return null;
        }
        List<QcPoint> points = new ArrayList<>(older.size() + entries.size());
        points.addAll(older);
        for (Entry e : entries.values()) {
            points.add(e.point);
        }
        boolean whole = fromStart && points.size() <= keep;
        return new SeriesTail(version, config.version(), depth,
                points.subList(Math.max(0, points.size() - keep), points.size()), whole);
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
            if (e.stored && e.update) {
                updates.add(q.updateOf(datastreamId, e.point));
            }
        }
        return updates;
    }

    private QcPoint point(StoredObservation s) {
        SourceQuality source = SourceQuality.ofStored(s.parameters(), s.resultQuality());
        return new QcPoint(s.phenomenonStart(), s.phenomenonEnd(), s.resultNumber(), depthOf(source), source);
    }

    private void addStored(StoredObservation s, boolean update) {
        Entry stored = new Entry(point(s), true);
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
    private long[] times(java.util.stream.Stream<OffsetDateTime> probe) {
        java.util.stream.LongStream stored = probe.mapToLong(t -> t.toInstant().toEpochMilli());
        return java.util.stream.LongStream.concat(stored, entries.keySet().stream()
                .mapToLong(k -> k.start().toEpochMilli())).toArray();
    }

    private static Key key(QcPoint p) {
        return Key.of(p.start(), p.end());
    }

    private record Key(Instant start, Instant end) {
        static Key of(OffsetDateTime start, OffsetDateTime end) {
            return new Key(start.toInstant(), end.toInstant());
        }
    }

    private static final class Entry {
        final QcPoint point;
        final boolean stored;
        final List<Integer> batchIndexes = new ArrayList<>(1);
        boolean update;

        Entry(QcPoint point, boolean stored) {
            this.point = point;
            this.stored = stored;
        }
    }
}
