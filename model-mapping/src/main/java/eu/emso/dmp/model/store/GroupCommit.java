package eu.emso.dmp.model.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Group commit for observations created one at a time (an HTTP POST, an MQTT publish). Each
 * caller queues its row and takes its turn at the writer; whoever has the turn stores every row
 * queued by then in one call of the batch write path, so callers arriving together share one
 * transaction (one WAL flush, one quality-control pass per Datastream) instead of waiting for
 * each other's. A caller alone stores its own row at once. When a shared write fails, each of its
 * rows is written again on its own, so a bad row fails only its own caller; a failure of the
 * database itself (unreachable, storage full) is everyone's answer at once. Thread-safe.
 */
final class GroupCommit {
    /** The most rows stored in one transaction. */
    static final int MAX_BATCH = 1000;
    private final Function<List<ObservationRow>, List<WriteOutcome>> writer;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock turn = new ReentrantLock();

    /** @param writer stores a batch in one transaction and returns one outcome per row, in order */
    GroupCommit(Function<List<ObservationRow>, List<WriteOutcome>> writer) {
        this.writer = writer;
    }

    /** Stores {@code row}, possibly together with others; returns when its outcome is durable. */
    WriteOutcome write(ObservationRow row) {
        Pending mine = new Pending(row);
        queue.add(mine);
        turn.lock();
        try {
            while (!mine.done()) {
                List<Pending> batch = new ArrayList<>();
                for (Pending p; batch.size() < MAX_BATCH && (p = queue.poll()) != null; ) {
                    batch.add(p);
                }
                store(batch);
            }
        } finally {
            turn.unlock();
        }
        return mine.outcome();
    }

    private void store(List<Pending> batch) {
        try {
            List<WriteOutcome> out = writer.apply(batch.stream().map(Pending::row).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome = out.get(i);
            }
        } catch (RuntimeException shared) {
            if (batch.size() == 1 || !causedByARow(shared)) {
                batch.forEach(p -> p.failure = shared);
                return;
            }
            for (Pending p : batch) {
                try {
                    p.outcome = writer.apply(List.of(p.row)).get(0);
                } catch (RuntimeException own) {
                    p.failure = own;
                }
            }
        } finally {
            for (Pending p : batch) {
                if (!p.done()) {
                    p.failure = new StoreException("the observation was not stored: its batch was interrupted", null);
                }
            }
        }
    }

    /**
     * Whether a failed shared write may be the fault of one of its rows. An unreachable database
     * or full storage fails every row alike: writing them again one by one would only make each
     * caller wait once more for the same answer.
     */
    private static boolean causedByARow(RuntimeException e) {
        return !(e instanceof StoreException s) || s.fault() == StoreException.Fault.INTERNAL;
    }

    /** A queued row; its fields are written and read under the turn lock. */
    private static final class Pending {
        final ObservationRow row;
        WriteOutcome outcome;
        RuntimeException failure;

        Pending(ObservationRow row) {
            this.row = row;
        }

        ObservationRow row() {
            return row;
        }

        boolean done() {
            return outcome != null || failure != null;
        }

        WriteOutcome outcome() {
            if (failure != null) {
                throw failure;
            }
            return outcome;
        }
    }
}
