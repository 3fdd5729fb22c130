package eu.emso.dmp.egim.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The running counts of one ingest. Only the ingesting thread counts lines, records, skipped and
 * rejected units and notes, and reads the counts; the writer threads add stored, duplicate and
 * conflicting values through {@link #written}, synchronised with {@link #counts()}.
 */
final class Tally {
    long lines;
    long records;
    long skipped;
    long rejected;
    private long observations;
    private long duplicates;
    private long conflicts;
    final List<String> notes = new ArrayList<>();

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** Adds the outcome of one written batch. */
    synchronized void written(long created, long duplicate, long conflict) {
        observations += created;
        duplicates += duplicate;
        conflicts += conflict;
    }

    synchronized IngestCounts counts() {
        return new IngestCounts(lines, records, observations, duplicates, rejected + conflicts, skipped, rejected,
                conflicts, notes);
    }
}
