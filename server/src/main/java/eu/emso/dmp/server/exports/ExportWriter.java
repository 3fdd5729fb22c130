package eu.emso.dmp.server.exports;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes the rows of one export in one format, in time order; {@link #close()} finishes the file.
 * Not thread-safe.
 */
interface ExportWriter extends Closeable {
    /** Writes the next row. */
    void row(Row r) throws IOException;

    /** The QARTOD flag meanings, in the order of {@link ExportRequest#QARTOD} sorted. */
    String FLAG_MEANINGS = "good not_evaluated suspect fail missing";

    /** The flag values matching {@link #FLAG_MEANINGS}. */
    byte[] FLAG_VALUES = {1, 2, 3, 4, 9};
}
