package eu.emso.dmp.egim.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link FormatParser} for line-based text formats: reads bounded lines and hands each to a
 * fresh {@link LineInterpreter}. Over-long lines are rejected here. Thread-safe if the
 * interpreter factory is.
 */
class LineFormatParser implements FormatParser {

    private final String format;
    private final Charset charset;
    private final Supplier<LineInterpreter> interpreters;

    /**
     * @param format       the format identifier
     * @param charset      how bytes become characters; instrument formats use ISO-8859-1 so that
     *                     every byte maps to one character and garbled bytes survive unchanged
     * @param interpreters makes one interpreter per parse
     */
    LineFormatParser(String format, Charset charset, Supplier<LineInterpreter> interpreters) {
        this.format = Objects.requireNonNull(format);
        this.charset = Objects.requireNonNull(charset);
        this.interpreters = Objects.requireNonNull(interpreters);
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public void parse(InputStream in, Consumer<? super ParseEvent> sink) throws IOException {
        LineSource lines = new LineSource(new BufferedReader(new InputStreamReader(in, charset)));
        LineInterpreter interpreter = interpreters.get();
        for (String line = lines.next(); line != null; line = lines.next()) {
            long n = lines.lineNumber();
            if (lines.truncated()) {
                sink.accept(new Rejected(n, line, "line longer than " + LineSource.MAX_LINE + " characters"));
            } else {
                sink.accept(interpretSafely(interpreter, n, line, sink));
            }
        }
    }

    /** A line that trips an unforeseen error is rejected rather than ending the whole input. */
    private static LineOutcome interpretSafely(LineInterpreter interpreter, long n, String line,
                                               Consumer<? super ParseEvent> sink) {
        try {
            return interpreter.interpret(n, line, sink);
        } catch (RuntimeException e) {
            return new Rejected(n, line, "cannot be interpreted: " + e);
        }
    }
}
