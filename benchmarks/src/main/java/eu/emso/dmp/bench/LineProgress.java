package eu.emso.dmp.bench;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * An input stream that counts the lines read through it and tells {@code listener} each time
 * the count reaches the next of the given marks (ascending). Not thread-safe.
 */
final class LineProgress extends FilterInputStream {
    private final long[] marks;
    private final LongConsumer listener;
    private int next;
    private long lines;

    LineProgress(InputStream in, long[] marks, LongConsumer listener) {
        super(in);
        this.marks = marks.clone();
        this.listener = listener;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b == '\n') {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        long newLines = 0;
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                newLines++;
            }
        }
        counted(newLines);
        return n;
    }

    private void counted(long newLines) {
        lines += newLines;
        while (next < marks.length && lines >= marks[next]) {
            listener.accept(marks[next++]);
        }
    }
}
