package eu.emso.dmp.server.qc;

import eu.emso.dmp.model.store.DatastreamInfo;
import eu.emso.dmp.model.store.HistoryStore;
import eu.emso.dmp.model.store.ObservationHistory;
import eu.emso.dmp.model.store.QualityUpdate;
import eu.emso.dmp.model.store.StoredObservation;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Re-runs quality control over the stored numeric observations of one Datastream, after its
 * configuration (or the site default it uses) changed: each observation's flags and
 * {@code qc_config} version are rewritten under the configuration that applies now, exactly as
 * the write path would have set them (same context, same flags), keeping what its source said.
 * Works in chunks, each in its own short transaction holding the Datastream's QC lock, so writers
 * are never blocked for long and a stopped rerun keeps the chunks it finished.
 *
 * <p>Thread-safe: holds only immutable collaborators.
 */
public final class QcRerun {
    private final HistoryStore store;
    private final ConfigResolver resolver;
    private final int chunkSize;

    /** @param chunkSize observations per chunk (and transaction), at least 1 */
    public QcRerun(HistoryStore store, ConfigResolver resolver, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, got " + chunkSize);
        }
        this.store = store;
        this.resolver = resolver;
        this.chunkSize = chunkSize;
    }

    /**
     * Progress after a chunk.
     *
     * @param done    observations re-flagged so far
     * @param total   observations in the range when the rerun started
     * @param version the configuration version written, or null when nothing is evaluated
     */
    public record Progress(long done, long total, String version) {
    }

    /**
     * Re-flags the numeric observations of {@code datastreamId} whose phenomenon time starts within
     * [{@code from}, {@code to}] (null: open); reports after every chunk; returns how many it re-flagged.
     *
     * @throws IllegalArgumentException when the Datastream does not exist
     */
    public long run(long datastreamId, OffsetDateTime from, OffsetDateTime to, Consumer<Progress> progress) {
        Start start = store.write(h -> new Start(h.datastreams(List.of(datastreamId)).get(datastreamId),
                h.count(datastreamId, from, to)));
        if (start.datastream() == null) {
            throw new IllegalArgumentException("no Datastream with id " + datastreamId);
        }
        ConfigResolver.Resolved resolved = resolver.resolve(start.datastream());
        long total = start.total();
        long done = 0;
        StoredObservation last = null;
        while (true) {
            StoredObservation after = last;
            List<StoredObservation> chunk = store.write(h -> rerunChunk(h, datastreamId, resolved, from, after, to));
            if (chunk.isEmpty()) {
                return done;
            }
            done += chunk.size();
            last = chunk.get(chunk.size() - 1);
            progress.accept(new Progress(done, Math.max(total, done), resolved.config().version()));
        }
    }

    /** Re-flags the next chunk after {@code last} (or from {@code from}); returns the chunk. */
    private List<StoredObservation> rerunChunk(ObservationHistory h, long ds, ConfigResolver.Resolved resolved,
                                               OffsetDateTime from, StoredObservation last, OffsetDateTime to)
            throws SQLException {
        h.lock(List.of(ds));
        List<StoredObservation> chunk = last == null ? h.after(ds, from, null, to, chunkSize)
                : h.after(ds, last.phenomenonStart(), last.phenomenonEnd(), to, chunkSize);
        if (chunk.isEmpty()) {
            return chunk;
        }
        EffectiveConfig config = resolved.config();
        List<StoredObservation> context = List.of();
        List<StoredObservation> next = List.of();
        if (config.readsNeighbours()) {
            StoredObservation first = chunk.get(0);
            int k = SeriesEvaluator.contextSize(config.config(), times(chunk));
            context = h.before(ds, first.phenomenonStart(), first.phenomenonEnd(), k);
            StoredObservation end = chunk.get(chunk.size() - 1);
            next = h.after(ds, end.phenomenonStart(), end.phenomenonEnd(), null, 1);
        }
        List<QcPoint> points = new ArrayList<>();
        for (List<StoredObservation> part : List.of(context, chunk, next)) {
            for (StoredObservation s : part) {
                SourceQuality source = SourceQuality.ofStored(s.parameters(), s.resultQuality());
                double depth = Double.isNaN(source.depth()) ? resolved.depth() : source.depth();
                points.add(new QcPoint(s.phenomenonStart(), s.phenomenonEnd(), s.resultNumber(), depth, source));
            }
        }
        List<Quality> quality = SeriesEvaluator.evaluate(config, points);
        List<QualityUpdate> updates = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            Quality q = quality.get(context.size() + i);
            updates.add(q.updateOf(chunk.get(i)));
        }
        h.updateQuality(updates);
        h.touch(List.of(ds));
        return chunk;
    }

    private record Start(DatastreamInfo datastream, long total) {
    }

    private static long[] times(List<StoredObservation> chunk) {
        return chunk.stream().mapToLong(s -> s.phenomenonStart().toInstant().toEpochMilli()).toArray();
    }
}
