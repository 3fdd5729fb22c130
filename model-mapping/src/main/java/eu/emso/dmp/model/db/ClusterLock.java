package eu.emso.dmp.model.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An operating-system lock on the cluster directory, held while this process runs the cluster.
 *
 * <p>The kernel releases it when the holder dies, even by {@code kill -9}; so a postmaster found
 * running on an unlocked directory was left behind and may be stopped, whereas a locked directory
 * belongs to another live process and is refused. A lock already held within this JVM (an
 * instance that was never closed) counts as abandoned; the new instance then runs without a lock
 * of its own, and since closing a channel on a file may drop all of this JVM's locks on it, the
 * directory is no longer guarded against other processes until the next start. Thread-safe.
 */
final class ClusterLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ClusterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code file}; empty when this JVM already holds it.
     *
     * @throws DatabaseException when another process holds it
     */
    static Optional<ClusterLock> acquire(Path file) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DatabaseException("The database directory " + file.getParent()
                        + " is in use by another running process; stop that process or choose another directory.");
            }
            return Optional.of(new ClusterLock(channel, lock));
        } catch (OverlappingFileLockException heldHere) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseException("Cannot lock " + file + ": " + e.getMessage(), e);
        } catch (DatabaseException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Whether another process (or another holder in this JVM) holds the lock on {@code file} now. */
    static boolean heldElsewhere(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldHere) {
            return true;
        } catch (IOException e) {
            throw new DatabaseException("Cannot check the lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
