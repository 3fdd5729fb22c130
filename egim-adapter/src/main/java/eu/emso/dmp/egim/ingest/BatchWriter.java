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
 * batch. A flush returns only once both are durable. Confined to the ingesting thread.
 */
final class BatchWriter {
    private final EntityStore store;
    private final Consumer<List<QuarantineEntry>> quarantine;
    private final IngestRequest request;
    private final String platform;
    private final Tally tally;
    private final int size;
    private final List<ObservationRow> rows = new ArrayList<>();
    private final List<RawRecord> origins = new ArrayList<>();
    private final List<QuarantineEntry> held = new ArrayList<>();

    BatchWriter(EntityStore store, Consumer<List<QuarantineEntry>> quarantine, IngestRequest request,
                String platform, Tally tally, int size) {
        this.store = store;
        this.quarantine = quarantine;
        this.request = request;
        this.platform = platform;
        this.tally = tally;
        this.size = size;
    }

    void add(ObservationRow row, RawRecord origin) {
        rows.add(row);
        origins.add(origin);
        if (rows.size() >= size) {
            flush();
        }
    }

    void reject(long lineNumber, String rawText, String reason, String sitePlatform) {
        held.add(QuarantineEntry.of(request.source(), request.format(), sitePlatform != null ? sitePlatform : platform,
                request.lineOffset() + lineNumber, rawText, reason));
        if (held.size() >= size) {
            flush();
        }
    }

    /** Writes what is pending; durable when this returns. */
    void flush() {
        if (!rows.isEmpty()) {
            List<WriteOutcome> out = store.writeObservations(List.copyOf(rows));
            for (int i = 0; i < out.size(); i++) {
                WriteOutcome o = out.get(i);
                switch (o.status()) {
                    case CREATED -> tally.observations++;
                    case DUPLICATE -> tally.duplicates++;
                    case CONFLICT -> {
                        tally.conflicts++;
                        ObservationRow r = rows.get(i);
                        RawRecord from = origins.get(i);
                        held.add(QuarantineEntry.of(request.source(), request.format(), platform,
                                request.lineOffset() + from.lineNumber(), from.rawText(),
                                "value " + r.resultString() + " conflicts with Observation " + o.id()
                                        + ", stored with another result for Datastream " + r.datastreamId() + " at "
                                        + r.phenomenonStart().toInstant()));
                    }
                    default -> throw new IllegalStateException("unknown outcome " + o.status());
                }
            }
            rows.clear();
            origins.clear();
        }
        if (!held.isEmpty()) {
            quarantine.accept(List.copyOf(held));
            held.clear();
        }
    }
}
