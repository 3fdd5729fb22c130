package eu.emso.dmp.egim.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The account of one ingest. Every input line is in exactly one of: a record's lines, a skipped
 * unit's lines, a rejected unit's lines; so {@code lines} is their sum. Every value of a record
 * is exactly one of {@code observations}, {@code duplicates}, {@code conflicts}. Immutable.
 *
 * @param lines        input lines read (for NetCDF and JSON: data points and array elements)
 * @param records      data units parsed into records
 * @param observations values stored by this ingest
 * @param duplicates   values already stored with the same key and value (stored nothing)
 * @param quarantined  entries written to the quarantine: {@code rejected + conflicts}
 * @param skipped      units that are not data (headers, logger status lines, blank lines)
 * @param rejected     damaged units (or units that could not be placed), quarantined
 * @param conflicts    values whose key holds another stored value, quarantined
 * @param notes        things the user should know (instruments registered from the data); copied
 */
public record IngestCounts(long lines, long records, long observations, long duplicates, long quarantined,
                           long skipped, long rejected, long conflicts, List<String> notes) {

    /** Copies the notes. */
    public IngestCounts {
        notes = List.copyOf(notes);
    }

    /** Nothing ingested. */
    public static IngestCounts zero() {
        return new IngestCounts(0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    /** The sum of two accounts (several files). */
    public IngestCounts plus(IngestCounts o) {
        List<String> n = new ArrayList<>(notes);
        o.notes.stream().filter(x -> !n.contains(x)).forEach(n::add);
        return new IngestCounts(lines + o.lines, records + o.records, observations + o.observations,
                duplicates + o.duplicates, quarantined + o.quarantined, skipped + o.skipped, rejected + o.rejected,
                conflicts + o.conflicts, n);
    }
}
