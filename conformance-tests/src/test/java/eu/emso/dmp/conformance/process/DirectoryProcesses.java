package eu.emso.dmp.conformance.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The operating-system processes whose command line names a given directory, such as the
 * embedded PostgreSQL a server starts in its data directory. PostgreSQL detaches from the server
 * JVM ({@code pg_ctl} starts it as a daemon), so it is not among the JVM's descendants; a fresh
 * scratch directory in its command line identifies it instead. Processes of other users are
 * visible only to root. Stateless and thread-safe.
 */
public final class DirectoryProcesses {
    private DirectoryProcesses() {
    }

    /** The live processes, other than this JVM, whose command line contains {@code dir}. */
    public static List<ProcessHandle> using(Path dir) {
        String path = dir.toAbsolutePath().normalize().toString();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().commandLine().map(line -> line.contains(path)).orElse(false))
                .toList();
    }

    /**
     * Waits up to {@code timeout} for the processes using {@code dir} to end, then asks those left
     * to stop (SIGTERM). A process that has exited but not yet been reaped shows no command line,
     * so it counts as gone.
     */
    public static void awaitExit(Path dir, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ProcessHandle> left = using(dir);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = using(dir);
        }
        left.forEach(ProcessHandle::destroy);
    }
}
