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
 * <p>Thread-safe: holds immutable configuration and a concurrent map of read-size hints.
 */
public final class QcStage implements ObservationStage {
    private final ConfigResolver resolver;
    /** The context size each Datastream needed last, so that the next batch reads it in one query. */
    private final Map<Long, Integer> contextHints = new ConcurrentHashMap<>();

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
            history.lock(configs.entrySet().stream().filter(e -> e.getValue().config().readsNeighbours())
                    .map(Map.Entry::getKey).toList());
            List<QualityUpdate> updates = new ArrayList<>();
            for (Map.Entry<Long, List<Integer>> e : numeric.entrySet()) {
                DatastreamInfo d = datastreams.get(e.getKey());
                updates.addAll(evaluate(batch, e.getValue(), d, d == null ? null : configs.get(d.id()), history,
                        quality));
            }
            history.updateQuality(updates);
        }
        List<ObservationRow> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            out.add(quality[i].applyTo(batch.get(i)));
        }
        return out;
    }

    private List<QualityUpdate> evaluate(List<ObservationRow> batch, List<Integer> indexes, DatastreamInfo datastream,
                                         ConfigResolver.Resolved resolved, ObservationHistory history,
                                         Quality[] out) throws SQLException {
        if (datastream == null) {
            for (int i : indexes) {
                out[i] = Quality.unevaluated(EffectiveConfig.NONE, source(batch.get(i)));
            }
            return List.of();
        }
        Neighbourhood series = new Neighbourhood(resolved.depth());
        for (int i : indexes) {
            ObservationRow r = batch.get(i);
            series.addNew(i, r.phenomenonStart(), r.phenomenonEnd(), r.resultNumber(), source(r));
        }
        int k = series.readStored(history, datastream.id(), resolved.config(),
                contextHints.getOrDefault(datastream.id(), 0));
        contextHints.put(datastream.id(), k);
        return series.evaluate(resolved.config(), out);
    }

    private static SourceQuality source(ObservationRow r) {
        return SourceQuality.ofNew(r.parameters(), r.resultQuality());
    }
}
