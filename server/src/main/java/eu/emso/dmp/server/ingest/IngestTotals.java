package eu.emso.dmp.server.ingest;

import eu.emso.dmp.egim.ingest.IngestCounts;
import eu.emso.dmp.egim.ingest.UnitAck;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every door of the ingest face has taken in since the server started: input lines, records,
 * stored values and quarantine entries. Read by the metrics. Thread-safe.
 */
public final class IngestTotals {
    private final AtomicLong lines = new AtomicLong();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong observations = new AtomicLong();
    private final AtomicLong quarantined = new AtomicLong();

    /** Adds the account of one finished ingest (an upload, a dropped file). */
    void add(IngestCounts c) {
        lines.addAndGet(c.lines());
        records.addAndGet(c.records());
        observations.addAndGet(c.observations());
        quarantined.addAndGet(c.quarantined());
    }

    /**
     * Adds one acknowledged unit of a live stream; it counts as a record when it stored or
     * matched a value.
     */
    void add(UnitAck a) {
        lines.addAndGet(a.lineSpan());
        if (!a.skipped() && a.observations() + a.duplicates() > 0) {
            records.incrementAndGet();
        }
        observations.addAndGet(a.observations());
        quarantined.addAndGet(a.quarantined());
    }

    /** Input lines read (for NetCDF and JSON: data points). */
    public long lines() {
        return lines.get();
    }

    /** Data units parsed into records. */
    public long records() {
        return records.get();
    }

    /** Values stored. */
    public long observations() {
        return observations.get();
    }

    /** Entries written to the quarantine. */
    public long quarantined() {
        return quarantined.get();
    }
}
