package eu.emso.dmp.egim.parse;

import java.util.Objects;

/**
 * A damaged data unit: garbled bytes, a wrong number of fields, an unparseable number or time.
 * It is kept with its raw text so that it can be quarantined, fixed and replayed.
 * Immutable and thread-safe.
 *
 * @param lineNumber 1-based line number (or unit ordinal)
 * @param rawText    the unit as read
 * @param reason     what is wrong, naming the field where one is at fault
 */
public record Rejected(long lineNumber, String rawText, String reason) implements LineOutcome {

    /** Checks the text and reason are present. */
    public Rejected {
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(reason, "reason");
    }
}
