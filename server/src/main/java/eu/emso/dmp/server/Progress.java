package eu.emso.dmp.server;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar with rate and ETA for a terminal, redrawn at most four times a
 * second, for the long-running commands (ingest, export). Updated from the sending (or receiving)
 * thread; thread-safe.
 */
public final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long total;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private volatile long base;
    private volatile long lastDraw;
    private volatile String label = "";

    public Progress(PrintStream out, long totalBytes) {
        this.out = out;
        this.total = Math.max(1, totalBytes);
    }

    /** Starts a new file whose first byte is {@code base} bytes into the total. */
    public void file(String name, long baseBytes) {
        label = name;
        base = baseBytes;
        update(0);
    }

    /** The current file has sent {@code bytes}. */
    public void update(long bytes) {
        done.set(base + bytes);
        long now = System.nanoTime();
        if (now - lastDraw > 250_000_000L) {
            lastDraw = now;
            draw();
        }
    }

    /** Ends the bar's line. */
    public void finish() {
        draw();
        out.println();
    }

    private synchronized void draw() {
        long d = done.get();
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double rate = d / seconds;
        int filled = (int) (WIDTH * Math.min(1.0, d / (double) total));
        long eta = rate > 0 ? (long) ((total - d) / rate) : 0;
        out.printf("\r[%s%s] %3d%%  %7.2f MB/s  ETA %d:%02d  %-30.30s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                (int) (100 * Math.min(1.0, d / (double) total)), rate / 1e6, eta / 60, eta % 60, label);
        out.flush();
    }
}
