package eu.emso.dmp.egim.ingest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs the writes of one ingest on a writer thread of their own, in the order they were handed
 * over, so that parsing the next batch overlaps with writing the previous one. At most
 * {@value #IN_FLIGHT} writes are queued or running; handing over another waits, so memory stays
 * bounded by a few batches whatever the input size. The first write that fails stops the ones
 * after it, and its exception is thrown to the ingesting thread by the next hand-over or
 * {@link #await()}. Used by one ingesting thread; closing lets the writes handed over end, then
 * stops the writer thread.
 */
final class WriteBehind implements AutoCloseable {
    static final int IN_FLIGHT = 2;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ingest-writer");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private volatile RuntimeException failure;

    /** Queues {@code write} after the writes handed over before; waits while the queue is full. */
    void submit(Runnable write) {
        rethrow();
        acquire(1);
        writer.execute(() -> {
            try {
                if (failure == null) {
                    write.run();
                }
            } catch (RuntimeException | Error e) {
                failure = e instanceof RuntimeException r ? r : new IllegalStateException("ingest write failed", e);
            } finally {
                slots.release();
            }
        });
    }

    /** Waits until every write handed over has ended; throws the first failure. */
    void await() {
        acquire(IN_FLIGHT);
        slots.release(IN_FLIGHT);
        rethrow();
    }

    @Override
    public void close() {
        writer.shutdown();
        boolean interrupted = false;
        while (!writer.isTerminated()) {
            try {
                writer.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void acquire(int permits) {
        try {
            slots.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the ingest writer", e);
        }
    }

    private void rethrow() {
        RuntimeException e = failure;
        if (e != null) {
            throw e;
        }
    }
}
