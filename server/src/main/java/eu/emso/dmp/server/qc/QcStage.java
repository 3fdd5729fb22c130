package eu.emso.dmp.server.qc;

import eu.emso.dmp.model.store.DatastreamInfo;
import eu.emso.dmp.model.store.ObservationHistory;
import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.ObservationStage;
import eu.emso.dmp.model.store.QualityUpdate;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Quality control in the one write path (QARTOD real-time tests, IOOS QARTOD manuals, with the
 * semantics of ioos_qc 2.x): every observation from every door gets
 * {@code resultQuality = {"qc_flag": <aggregate>, "qartod": {"<test>": <flag>, ...},
 * "qc_config": "<version>"}} and the aggregate in the indexed {@code qc_flag} column.
 *
 * <p>Only numeric results of Datastreams are evaluated; other results (and MultiDatastream
 * observations, whose results are arrays), and Datastreams without a configuration,
 * get flag 2 (UNKNOWN) and no tests. Tests that need neighbours read the stored history (see
 * {@link Neighbourhood}), and the stored observations whose flags the new ones change (the latest
 * one's spike, for instance) are re-flagged in the same transaction, so a series gets the same
 * flags whether it arrives one observation at a time or in one batch. A transaction-scoped lock
 * per Datastream keeps concurrent writers of one Datastream from evaluating against each other's
 * uncommitted history.
 *
 * <p>Values appended after a Datastream's stored series (the common case: an instrument's next
 * sample) are flagged from the series' windows kept in memory ({@link SeriesTails}), without a
 * history read; the summary is replaced in the same transaction and is used only while the
 * Datastream's series version says no other transaction has changed the series since. Anything
 * else (a value among stored ones, a restart, a deletion, a re-run, another process's write)
 * reads the stored rows, as before, and rebuilds the summary from them.
 *
 * <p>Thread-safe: holds immutable configuration and concurrent maps of read-size hints and
 * series summaries.
 */
public final class QcStage implements ObservationStage {
    private final ConfigResolver resolver;
    /** The context size each Datastream needed last, so that the next batch reads it in one query. */
    private final Map<Long, Integer> contextHints = new ConcurrentHashMap<>();
    /** The windows of each Datastream's stored series, so that appended values need no history read. */
    private final SeriesTails tails = new SeriesTails();
    private final java.util.concurrent.atomic.AtomicLong summaryHits = new java.util.concurrent.atomic.AtomicLong();
    /** Observations given each aggregate flag (index: the flag code, 0 to 9). */
    private final java.util.concurrent.atomic.AtomicLongArray assigned = new java.util.concurrent.atomic.AtomicLongArray(10);

    public QcStage(ConfigResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public List<ObservationRow> apply(List<ObservationRow> batch, ObservationHistory history) throws SQLException {
        Quality[] quality = new Quality[batch.size()];
        Map<Long, List<Integer>> numeric = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            ObservationRow r = batch.get(i);
            if (r.resultType() == 0 && r.resultNumber() != null && r.multiDatastreamId() == null) {
                numeric.computeIfAbsent(r.datastreamId(), k -> new ArrayList<>()).add(i);
            } else {
                quality[i] = Quality.unevaluated(EffectiveConfig.NONE, source(r));
            }
        }
        if (!numeric.isEmpty()) {
            Map<Long, DatastreamInfo> datastreams = history.datastreams(numeric.keySet());
            Map<Long, ConfigResolver.Resolved> configs = new HashMap<>();
            for (DatastreamInfo d : datastreams.values()) {
                configs.put(d.id(), resolver.resolve(d));
            }
            // only series whose tests read stored neighbours need to see each other's writers
            List<Long> windowed = configs.entrySet().stream().filter(e -> e.getValue().config().readsNeighbours())
                    .map(Map.Entry::getKey).toList();
            history.lock(windowed);
            ObservationHistory.SeriesVersions versions = windowed.isEmpty() ? null : history.versions(windowed);
            List<QualityUpdate> updates = new ArrayList<>();
            for (Map.Entry<Long, List<Integer>> e : numeric.entrySet()) {
                DatastreamInfo d = datastreams.get(e.getKey());
                updates.addAll(evaluate(batch, e.getValue(), d, d == null ? null : configs.get(d.id()), history,
                        versions, quality));
            }
            history.updateQuality(updates);
        }
        List<ObservationRow> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            out.add(quality[i].applyTo(batch.get(i)));
            int flag = quality[i].flag();
            if (flag >= 0 && flag < assigned.length()) {
                assigned.incrementAndGet(flag);
            }
        }
        return out;
    }

    /**
     * How many new observations this stage has given aggregate flag {@code flag} (a QARTOD code:
     * 1 pass, 2 not evaluated, 3 suspect, 4 fail, 9 missing) since it was made; a batch whose
     * transaction is then rolled back counts too.
     */
    public long assigned(int flag) {
        return flag >= 0 && flag < assigned.length() ? assigned.get(flag) : 0;
    }

    /** How many Datastream batches were flagged from the summary in memory, without a history read. */
    long summaryHits() {
        return summaryHits.get();
    }

    private List<QualityUpdate> evaluate(List<ObservationRow> batch, List<Integer> indexes, DatastreamInfo datastream,
                                         ConfigResolver.Resolved resolved, ObservationHistory history,
                                         ObservationHistory.SeriesVersions versions, Quality[] out)
            throws SQLException {
        if (datastream == null) {
            for (int i : indexes) {
                out[i] = Quality.unevaluated(EffectiveConfig.NONE, source(batch.get(i)));
            }
            return List.of();
        }
        long id = datastream.id();
        EffectiveConfig config = resolved.config();
        Neighbourhood series = new Neighbourhood(id, resolved.depth());
        for (int i : indexes) {
            ObservationRow r = batch.get(i);
            series.addNew(i, r.phenomenonStart(), r.phenomenonEnd(), r.resultNumber(), source(r));
        }
        if (!config.readsNeighbours()) {
            return series.evaluate(config, out);
        }
        SeriesTail tail = tails.get(id);
        Long stored = versions.stored().get(id);
        int k = tail != null && stored != null && tail.describes(stored, config, resolved.depth())
                ? series.useTail(tail, config) : -1;
        if (k >= 0) {
            summaryHits.incrementAndGet();
        } else {
            k = series.readStored(history, config, contextHints.getOrDefault(id, 0));
        }
        contextHints.put(id, k);
        tails.put(id, series.tail(versions.transaction(), config, Math.max(Neighbourhood.PROBE, k)));
        return series.evaluate(config, out);
    }

    private static SourceQuality source(ObservationRow r) {
        return SourceQuality.ofNew(r.parameters(), r.resultQuality());
    }
}
