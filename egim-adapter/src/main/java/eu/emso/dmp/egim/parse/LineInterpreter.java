package eu.emso.dmp.egim.parse;

import java.util.function.Consumer;

/**
 * Turns one text line into its outcome; the per-format strategy of {@link LineFormatParser}.
 * An interpreter may keep state between lines of one input (a CSV header), so a new one is made
 * for every parse.
 */
interface LineInterpreter {

    /**
     * Interprets one line.
     *
     * @param lineNumber 1-based line number
     * @param line       the line without terminator
     * @param metadata   receives metadata the line completes (rarely used)
     * @return the one outcome of the line
     */
    LineOutcome interpret(long lineNumber, String line, Consumer<? super Metadata> metadata);
}
