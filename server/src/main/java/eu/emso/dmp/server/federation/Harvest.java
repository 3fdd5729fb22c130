package eu.emso.dmp.server.federation;

import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.store.ConflictException;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.FederationRun;
import eu.emso.dmp.model.store.FederationStore;
import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.WriteOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One harvest of one source, run by the holder of its lock: lists the remote's series, maps each
 * onto local entities, then reads its observations from the series' watermark less the overlap
 * window, page by page, each page written through the one write path (quality control,
 * deduplication, change events) in one transaction and only then the watermark advanced. A run
 * stopped anywhere therefore resumes from a watermark no later than what is stored, and what it
 * reads again is recognised as stored. Not thread-safe: one instance per run.
 */
final class Harvest {
    private static final Logger LOG = LoggerFactory.getLogger(Harvest.class);
    private final SourceSpec spec;
    private final RemoteReader reader;
    private final EntityStore store;
    private final FederationStore federation;
    private final FederationSettings settings;
    private final Runnable progress;
    private final List<String> errors = new ArrayList<>();
    private long run;
    private long observations;
    private long duplicates;
    private long conflicts;
    private long rejected;
    private long entities;
    private int series;

    Harvest(SourceSpec spec, RemoteReader reader, EntityStore store, FederationStore federation,
            FederationSettings settings, Runnable progress) {
        this.spec = spec;
        this.reader = reader;
        this.store = store;
        this.federation = federation;
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs the harvest recorded as run {@code runId}; the counts, with the error that stopped or marred it. */
    HarvestCounts run(long runId) {
        this.run = runId;
        try {
            List<RemoteSeries> all = remote(reader::series);
            Map<String, Instant> marks = federation.watermarks(spec.name());
            SeriesMapper mapper = new SeriesMapper(store, spec,
                    Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            for (RemoteSeries s : all) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new RemoteException("the harvest was stopped", true);
                }
                try {
                    SeriesMapper.Local local = mapper.map(s);
                    entities += local.created();
                    harvest(s, local, marks.get(s.remoteId()));
                    series++;
                } catch (RemoteException e) {
                    if (e.retryable()) {
                        throw e;
                    }
                    errors.add("series " + s.remoteId() + ": " + e.getMessage());
                } catch (InvalidEntityException | ConflictException e) {
                    errors.add("series " + s.remoteId() + ": " + e.getMessage());
                }
            }
        } catch (RemoteException e) {
            errors.add(0, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("harvest of {} failed", spec.name(), e);
            errors.add(0, "this server could not store the harvest: " + e.getMessage());
        }
        HarvestCounts c = counts();
        federation.updateRun(record(c.error() == null ? "ok" : "failed", c.error()));
        return c;
    }

    /** The counts so far. */
    HarvestCounts counts() {
        String error = errors.isEmpty() ? null : String.join("; ", errors.size() > 5 ? errors.subList(0, 5) : errors)
                + (errors.size() > 5 ? "; and " + (errors.size() - 5) + " more" : "");
        return new HarvestCounts(run, observations, duplicates, conflicts, rejected, entities, series, error);
    }

    private FederationRun record(String outcome, String error) {
        return new FederationRun(run, spec.name(), null, null, outcome, error, observations, duplicates, conflicts,
                entities);
    }

    private void harvest(RemoteSeries s, SeriesMapper.Local local, Instant mark) throws RemoteException {
        Instant from = mark == null ? null : mark.minus(settings.overlap());
        while (true) {
            Instant since = from;
            RemotePage page = remote(() -> reader.observations(s, since, settings.page()));
            if (page.observations().isEmpty()) {
                return;
            }
            List<ObservationRow> rows = new ArrayList<>();
            Instant last = null;
            for (RemoteObservation o : page.observations()) {
                last = last == null || o.phenomenonStart().isAfter(last) ? o.phenomenonStart() : last;
                try {
                    rows.add(Observations.row(local.datastream(), local.feature(), s, o));
                } catch (InvalidEntityException e) {
                    rejected++;
                    LOG.warn("{}: an observation of series {} at {} is refused: {}", spec.name(), s.remoteId(),
                            o.phenomenonStart(), e.getMessage());
                }
            }
            long created = 0;
            for (WriteOutcome w : store.writeObservations(rows)) {
                switch (w.status()) {
                    case CREATED -> created++;
                    case DUPLICATE -> duplicates++;
                    case CONFLICT -> conflicts++;
                }
            }
            observations += created;
            federation.advance(spec.name(), s.remoteId(), last); // only once the page is durable
            federation.updateRun(record("running", null));
            progress.run();
            if (!page.more() || last.equals(from) && created == 0) {
                return; // the end, or a reader that cannot get past a time holding more than a page
            }
            from = last;
        }
    }

    private <T> T remote(Retry.Call<T> call) throws RemoteException {
        return Retry.call(settings.attempts(), settings.backoff(), (e, attempt) -> LOG.info(
                "{}: try {} failed, trying again: {}", spec.name(), attempt, e.getMessage()), call);
    }
}
