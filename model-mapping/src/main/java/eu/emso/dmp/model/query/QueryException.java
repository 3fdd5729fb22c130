package eu.emso.dmp.model.query;

import java.util.Objects;

/**
 * A malformed query option: a client error (HTTP 400 at the edge). It names the option, the
 * 0-based character offset of the problem in that option's text (or -1 when the whole value is
 * at fault), and a detail that says what was expected and what was found, e.g.
 * {@code "$filter: expected ')' at position 17 but found 'and'"}.
 *
 * <p>Positions of problems inside a nested {@code $expand} option are offsets in the text of
 * the top-level {@code $expand} option, which is what the client wrote. Immutable.
 */
public final class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String option;
    private final int position;
    private final String detail;

    /**
     * @param option   the query option at fault, e.g. {@code "$filter"}
     * @param position 0-based character offset in the option's text, or -1
     * @param detail   what is wrong, including the position wording when there is one
     */
    public QueryException(String option, int position, String detail) {
        super(option + ": " + detail);
        this.option = Objects.requireNonNull(option, "option");
        this.position = position;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** An "expected X at position N but found Y" error. */
    static QueryException expected(String option, int position, String expected, String found) {
        return new QueryException(option, position,
                "expected " + expected + " at position " + position + " but found " + found);
    }

    /** An error about the text starting at {@code position}: "{problem} at position N". */
    static QueryException at(String option, int position, String problem) {
        return new QueryException(option, position, problem + " at position " + position);
    }

    /** The query option at fault, e.g. {@code "$filter"}. */
    public String option() {
        return option;
    }

    /** 0-based character offset of the problem in the option's text, or -1. */
    public int position() {
        return position;
    }

    /** The message without the option name. */
    public String detail() {
        return detail;
    }
}
