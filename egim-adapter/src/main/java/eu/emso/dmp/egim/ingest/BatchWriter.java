package eu.emso.dmp.egim.ingest;

import eu.emso.dmp.egim.parse.RawRecord;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.QuarantineEntry;
import eu.emso.dmp.model.store.WriteOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the rows of one ingest into batches and writes each through the store's one write
 * path; values that conflict with stored ones and rejected units go to the quarantine after the
 * batch. A full batch is handed to the {@link WriteBehind} writer thread while parsing goes on;
 * {@link #flush()} returns only once everything handed over is durable. Filled by the ingesting
 * thread; the counts of stored, duplicate and conflicting values are kept by the writer thread
 * and read after a flush.
 */
final class BatchWriter implements AutoCloseable {
    private final EntityStore store;
    private final Consumer<List<QuarantineEntry>> quarantine;
    private final IngestRequest request;
    private final String platform;
    private final Tally tally;
    private final int size;
    private final WriteBehind writes = new WriteBehind();
    private List<ObservationRow> rows;
    private List<RawRecord> origins;
    private List<QuarantineEntry> held = new ArrayList<>();

    BatchWriter(EntityStore store, Consumer<List<QuarantineEntry>> quarantine, IngestRequest request,
                String platform, Tally tally, int size) {
        this.store = store;
        this.quarantine = quarantine;
        this.request = request;
        this.platform = platform;
        this.tally = tally;
        this.size = size;
        newBatch();
    }

    void add(ObservationRow row, RawRecord origin) {
        rows.add(row);
        origins.add(origin);
        if (rows.size() >= size) {
            handOver();
        }
    }

    void reject(long lineNumber, String rawText, String reason, String sitePlatform) {
        held.add(QuarantineEntry.of(request.source(), request.format(), sitePlatform != null ? sitePlatform : platform,
                request.lineOffset() + lineNumber, rawText, reason));
        if (held.size() >= size) {
            handOver();
        }
    }

    /** Writes what is pending; durable when this returns. */
    void flush() {
        handOver();
        writes.await();
    }

    /** Lets the writes handed over end and stops the writer thread. */
    @Override
    public void close() {
        writes.close();
    }

    private void handOver() {
        if (rows.isEmpty() && held.isEmpty()) {
            return;
        }
        List<ObservationRow> r = rows;
        List<RawRecord> o = origins;
        List<QuarantineEntry> q = held;
        newBatch();
        writes.submit(() -> write(r, o, q));
    }

    private void newBatch() {
        rows = new ArrayList<>(size);
        origins = new ArrayList<>(size);
        held = new ArrayList<>();
    }

    /** On the writer thread: one batch, then its quarantine entries. */
    private void write(List<ObservationRow> batch, List<RawRecord> from, List<QuarantineEntry> entries) {
        if (!batch.isEmpty()) {
            List<WriteOutcome> out = store.writeObservations(batch);
            for (int i = 0; i < out.size(); i++) {
                WriteOutcome o = out.get(i);
                switch (o.status()) {
                    case CREATED -> tally.observations++;
                    case DUPLICATE -> tally.duplicates++;
                    case CONFLICT -> {
                        tally.conflicts++;
                        entries.add(conflict(batch.get(i), from.get(i), o));
                    }
                    default -> throw new IllegalStateException("unknown outcome " + o.status());
                }
            }
        }
        if (!entries.isEmpty()) {
            quarantine.accept(entries);
        }
    }

    private QuarantineEntry conflict(ObservationRow r, RawRecord from, WriteOutcome o) {
        return QuarantineEntry.of(request.source(), request.format(), platform,
                request.lineOffset() + from.lineNumber(), from.rawText(),
                "value " + r.resultString() + " conflicts with Observation " + o.id()
                        + ", stored with another result for Datastream " + r.datastreamId() + " at "
                        + r.phenomenonStart().toInstant());
    }
}
