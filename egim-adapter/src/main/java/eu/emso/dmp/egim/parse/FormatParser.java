package eu.emso.dmp.egim.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Parses one instrument or file format into {@link ParseEvent}s, streaming.
 *
 * <p>Contract: every unit of the input (see {@link LineOutcome}) is handed to the sink as
 * exactly one {@link LineOutcome}, in input order; damaged data becomes a {@link Rejected},
 * never an exception. Only an I/O failure of the input itself is thrown. Memory use does not
 * grow with the input. Events are delivered on the calling thread; the sink may block to slow
 * the parser down.
 *
 * <p>Implementations hold only immutable configuration and may be shared between threads;
 * each call keeps its own state.
 */
public interface FormatParser {

    /** The format identifier, one of the constants of {@link Formats}. */
    String format();

    /**
     * Parses a stream to its end. The stream is not closed.
     *
     * @param in   the input, as raw bytes
     * @param sink receives the events in order
     * @throws IOException when reading the input fails
     */
    void parse(InputStream in, Consumer<? super ParseEvent> sink) throws IOException;

    /**
     * Parses a file. The default opens a stream; formats that need random access override it.
     *
     * @param file the file to read
     * @param sink receives the events in order
     * @throws IOException when reading the file fails
     */
    default void parse(Path file, Consumer<? super ParseEvent> sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            parse(in, sink);
        }
    }
}
