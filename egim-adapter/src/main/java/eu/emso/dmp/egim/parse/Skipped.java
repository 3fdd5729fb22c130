package eu.emso.dmp.egim.parse;

import java.util.Objects;

/**
 * A unit that is not data: a header, a logger status message, a blank line.
 * Immutable and thread-safe.
 *
 * @param lineNumber 1-based line number (or unit ordinal)
 * @param rawText    the unit as read
 * @param reason     why it carries no data, for people
 */
public record Skipped(long lineNumber, String rawText, String reason) implements LineOutcome {

    /** Checks the text and reason are present. */
    public Skipped {
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(reason, "reason");
    }
}
