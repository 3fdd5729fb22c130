package eu.emso.dmp.model.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One quarantined unit of ingest input: a line that could not be stored, with where it came from
 * and why. Immutable.
 *
 * @param id         the entry's id; 0 for an entry not yet stored
 * @param source     the name of the input (file name, stream name)
 * @param format     the format identifier the input was parsed as
 * @param platform   the platform (site) identifier the input was ingested for, or null
 * @param lineNumber the 1-based line number (or unit ordinal) in the source
 * @param rawText    the unit as read
 * @param reason     why it was not stored
 * @param createdAt  when it was quarantined; null for an entry not yet stored
 */
public record QuarantineEntry(long id, String source, String format, String platform, long lineNumber,
                              String rawText, String reason, OffsetDateTime createdAt) {

    /** Checks the required texts. */
    public QuarantineEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(reason, "reason");
    }

    /** A new entry, not yet stored. */
    public static QuarantineEntry of(String source, String format, String platform, long lineNumber,
                                     String rawText, String reason) {
        return new QuarantineEntry(0, source, format, platform, lineNumber, rawText, reason, null);
    }
}
