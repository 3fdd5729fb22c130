package eu.emso.dmp.server.health;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database's storage takes writes: set when a write fails for a full disk or
 * read-only storage, cleared by the next write that commits. Says so in one log line each way
 * (not one per refused request), and counts the refused writes. Thread-safe.
 */
public final class StorageWatch implements Supplier<Check> {
    private static final Logger LOG = LoggerFactory.getLogger(StorageWatch.class);
    private final AtomicReference<Instant> fullSince = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong refused = new java.util.concurrent.atomic.AtomicLong();

    /** A write was refused because the storage is full or read-only. */
    public void refused(String reason) {
        refused.incrementAndGet();
        if (fullSince.compareAndSet(null, Instant.now())) {
            LOG.error("the database's storage is full or read-only ({}): writes are answered 507 and ingest waits;"
                    + " reads go on; writes resume by themselves once space is freed", reason);
        }
    }

    /** A write committed: the storage takes writes (again). */
    public void committed() {
        Instant since = fullSince.getAndSet(null);
        if (since != null) {
            LOG.info("the database's storage takes writes again (full since {}, {} writes refused)", since,
                    refused.get());
        }
    }

    /** Whether writes are being refused for lack of storage. */
    public boolean full() {
        return fullSince.get() != null;
    }

    /** Writes refused for lack of storage since the server started. */
    public long refusedWrites() {
        return refused.get();
    }

    @Override
    public Check get() {
        Instant since = fullSince.get();
        return since == null ? Check.ok()
                : Check.down("storage full or read-only since " + since + ": writes are refused (507), reads go on");
    }
}
