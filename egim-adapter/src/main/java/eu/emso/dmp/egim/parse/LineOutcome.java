package eu.emso.dmp.egim.parse;

/**
 * The single outcome of one unit of input (normally one text line): a record, a skip or a
 * rejection. Every unit of an input gets exactly one outcome, so that nothing is lost silently.
 *
 * <p>{@link #rawText()} holds the unit as read, without its line terminator; a unit spanning
 * several lines (an XML sample) joins them with {@code '\n'}, so the number of input lines it
 * covers is the number of lines of its raw text. Implementations are immutable.
 */
public sealed interface LineOutcome extends ParseEvent permits RawRecord, Skipped, Rejected {

    /** The 1-based number of the (first) line of the unit, or the ordinal of the unit. */
    long lineNumber();

    /** The unit as read from the input. */
    String rawText();

    /** The number of input lines this outcome covers: at least one. */
    default long lineSpan() {
        return Math.max(1, rawText().chars().filter(c -> c == '\n').count() + 1);
    }
}
