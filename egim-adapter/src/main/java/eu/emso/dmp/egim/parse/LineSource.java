package eu.emso.dmp.egim.parse;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text lines with a bounded length, so that a stream without line breaks cannot exhaust
 * memory. Lines end at {@code '\n'}; a {@code '\r'} just before it is dropped; a last line
 * without terminator counts if it is not empty. A line longer than the limit is cut at the
 * limit, the rest up to the next line break is discarded, and {@link #truncated()} says so.
 *
 * <p>Not thread-safe: one reader per parse.
 */
final class LineSource {

    /** The longest line kept, in characters. */
    static final int MAX_LINE = 65_536;

    private final Reader reader;
    private final StringBuilder buffer = new StringBuilder(256);
    private boolean truncated;
    private long lineNumber;

    LineSource(Reader reader) {
        this.reader = reader;
    }

    /** The next line, or {@code null} at the end of the input. */
    String next() throws IOException {
        buffer.setLength(0);
        truncated = false;
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (buffer.length() < MAX_LINE) {
                buffer.append((char) c);
            } else {
                truncated = true;
            }
            c = reader.read();
        }
        int end = buffer.length();
        if (end > 0 && buffer.charAt(end - 1) == '\r') {
            buffer.setLength(end - 1);
        }
        lineNumber++;
        return buffer.toString();
    }

    /** Whether the last line returned was cut at {@link #MAX_LINE}. */
    boolean truncated() {
        return truncated;
    }

    /** The 1-based number of the last line returned. */
    long lineNumber() {
        return lineNumber;
    }
}
