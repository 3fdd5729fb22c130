package eu.emso.dmp.egim.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The running counts of one ingest. The ingesting thread counts lines, records, skipped and
 * rejected units and notes; the writer thread counts stored, duplicate and conflicting values,
 * which the ingesting thread reads only after waiting for the writes (see {@link BatchWriter}).
 */
final class Tally {
    long lines;
    long records;
    long observations;
    long duplicates;
    long skipped;
    long rejected;
    long conflicts;
    final List<String> notes = new ArrayList<>();

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    IngestCounts counts() {
        return new IngestCounts(lines, records, observations, duplicates, rejected + conflicts, skipped, rejected,
                conflicts, notes);
    }
}
