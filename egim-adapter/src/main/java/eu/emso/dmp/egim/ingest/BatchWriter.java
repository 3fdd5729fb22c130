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
 * batch. Rows are spread over lanes by Datastream, each lane with a {@link WriteBehind} writer
 * thread of its own: a full batch is handed to its lane while parsing goes on, the lanes write
 * in parallel, and all values of one Datastream go through one lane in input order (so that
 * writers never wait for each other's Datastream locks, and quality control sees each series in
 * order). {@link #flush()} returns only once everything handed over is durable. Filled by the
 * ingesting thread.
 */
final class BatchWriter implements AutoCloseable {
    private final EntityStore store;
    private final Consumer<List<QuarantineEntry>> quarantine;
    private final IngestRequest request;
    private final String platform;
    private final Tally tally;
    private final int size;
    private final Lane[] lanes;
    private List<QuarantineEntry> held = new ArrayList<>();

    /** The rows being collected for one writer thread. */
    private final class Lane {
        final WriteBehind writes = new WriteBehind();
        List<ObservationRow> rows = new ArrayList<>(size);
        List<RawRecord> origins = new ArrayList<>(size);

        void handOver(List<QuarantineEntry> entries) {
            if (rows.isEmpty() && entries.isEmpty()) {
                return;
            }
            List<ObservationRow> r = rows;
            List<RawRecord> o = origins;
            rows = new ArrayList<>(size);
            origins = new ArrayList<>(size);
            writes.submit(() -> write(r, o, entries));
        }
    }

    BatchWriter(EntityStore store, Consumer<List<QuarantineEntry>> quarantine, IngestRequest request,
                String platform, Tally tally, int size, int writers) {
        this.store = store;
        this.quarantine = quarantine;
        this.request = request;
        this.platform = platform;
        this.tally = tally;
        this.size = size;
        this.lanes = new Lane[writers];
        for (int i = 0; i < writers; i++) {
            lanes[i] = new Lane();
        }
    }

    void add(ObservationRow row, RawRecord origin) {
        Lane lane = lanes[(int) Math.floorMod(row.datastreamId(), (long) lanes.length)];
        lane.rows.add(row);
        lane.origins.add(origin);
        if (lane.rows.size() >= size) {
            lane.handOver(new ArrayList<>());
        }
    }

    void reject(long lineNumber, String rawText, String reason, String sitePlatform) {
        held.add(QuarantineEntry.of(request.source(), request.format(), sitePlatform != null ? sitePlatform : platform,
                request.lineOffset() + lineNumber, rawText, reason));
        if (held.size() >= size) {
            lanes[0].handOver(takeHeld());
        }
    }

    /** Writes what is pending; durable when this returns. */
    void flush() {
        lanes[0].handOver(takeHeld());
        for (int i = 1; i < lanes.length; i++) {
            lanes[i].handOver(new ArrayList<>());
        }
        for (Lane lane : lanes) {
            lane.writes.await();
        }
    }

    /** Lets the writes handed over end and stops the writer threads. */
    @Override
    public void close() {
        for (Lane lane : lanes) {
            lane.writes.close();
        }
    }

    private List<QuarantineEntry> takeHeld() {
        List<QuarantineEntry> h = held;
        held = new ArrayList<>();
        return h;
    }

    /** On a writer thread: one batch, then its quarantine entries. */
    private void write(List<ObservationRow> batch, List<RawRecord> from, List<QuarantineEntry> entries) {
        long created = 0;
        long duplicates = 0;
        long conflicts = 0;
        if (!batch.isEmpty()) {
            List<WriteOutcome> out = store.writeObservations(batch);
            for (int i = 0; i < out.size(); i++) {
                WriteOutcome o = out.get(i);
                switch (o.status()) {
                    case CREATED -> created++;
                    case DUPLICATE -> duplicates++;
                    case CONFLICT -> {
                        conflicts++;
                        entries.add(conflict(batch.get(i), from.get(i), o));
                    }
                    default -> throw new IllegalStateException("unknown outcome " + o.status());
                }
            }
        }
        if (!entries.isEmpty()) {
            synchronized (quarantine) {
                quarantine.accept(entries);
            }
        }
        tally.written(created, duplicates, conflicts);
    }

    private QuarantineEntry conflict(ObservationRow r, RawRecord from, WriteOutcome o) {
        return QuarantineEntry.of(request.source(), request.format(), platform,
                request.lineOffset() + from.lineNumber(), from.rawText(),
                "value " + r.resultString() + " conflicts with Observation " + o.id()
                        + ", stored with another result for Datastream " + r.datastreamId() + " at "
                        + r.phenomenonStart().toInstant());
    }
}
