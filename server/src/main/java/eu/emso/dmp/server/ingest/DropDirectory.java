package eu.emso.dmp.server.ingest;

import eu.emso.dmp.egim.ingest.IngestCounts;
import eu.emso.dmp.model.db.NodeLocks;
import eu.emso.dmp.model.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watched drop directory: files put there are ingested and then moved to {@code done/} (with
 * a {@code .counts.json} beside) or, when they could not be ingested, to {@code failed/} (with a
 * {@code .error.txt} giving the reason). A file in a sub-directory is ingested for the platform
 * the sub-directory is named after; a file at the top for the platform its data names. A file is
 * taken only once its size and modification time have stopped changing for one interval, so
 * files still being copied are left alone. Write files under another name and rename them into
 * the directory to be safe.
 *
 * <p>One background thread; {@link #close()} stops it after the file in progress. A file is
 * moved only after its ingest is durable, so a crash leaves it in place and it is ingested again
 * on restart, storing only what was missing. While the database is unavailable or its storage
 * full, ingest pauses: the file stays in place and is taken up again on a later look.
 *
 * <p>Several server nodes may watch one shared directory: a node takes a file only under a
 * database claim on its path ({@link NodeLocks}), held until the file has been moved, and takes
 * it only if it is still there once claimed, so each file is ingested by one node once. A node
 * that dies while it holds a claim loses it with its database connection; another node then
 * ingests the file again, storing only what was missing.
 */
public final class DropDirectory implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DropDirectory.class);
    private static final String DONE = "done";
    private static final String FAILED = "failed";
    private final Path dir;
    private final IngestService service;
    private final NodeLocks claims;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ingest-drop");
        t.setDaemon(true);
        return t;
    });
    private final Map<Path, String> seen = new java.util.HashMap<>();
    private boolean paused; // read and written on the one thread only

    private DropDirectory(Path dir, IngestService service, NodeLocks claims) {
        this.dir = dir;
        this.service = service;
        this.claims = claims;
    }

    /**
     * Creates the directories if needed and starts watching; files are claimed in the database
     * of {@code claims} so that nodes sharing the directory never take one file twice.
     */
    public static DropDirectory start(Path dir, IngestService service, Duration interval, NodeLocks claims)
            throws IOException {
        Files.createDirectories(dir.resolve(DONE));
        Files.createDirectories(dir.resolve(FAILED));
        DropDirectory d = new DropDirectory(dir, service, claims);
        long ms = Math.max(100, interval.toMillis());
        d.thread.scheduleWithFixedDelay(d::scan, 0, ms, TimeUnit.MILLISECONDS);
        LOG.info("watching drop directory {}", dir.toAbsolutePath());
        return d;
    }

    private void scan() {
        try {
            for (Path file : candidates()) {
                String stamp = Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
                if (stamp.equals(seen.put(file, stamp))) {
                    seen.remove(file);
                    claimed(file);
                }
            }
            if (paused) {
                paused = false;
                LOG.info("drop directory {}: ingest resumed", dir);
            }
        } catch (StoreException e) {
            if (e.fault() == StoreException.Fault.INTERNAL) {
                LOG.warn("drop directory {}: {}", dir, e.toString());
            } else if (!paused) {
                paused = true; // the file stays where it is and is taken up again on a later look
                LOG.warn("drop directory {}: ingest paused, the database {}; files stay here until it is back",
                        dir, e.fault() == StoreException.Fault.UNAVAILABLE ? "is unavailable" : "storage is full");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("drop directory {}: {}", dir, e.toString());
        }
    }

    private List<Path> candidates() throws IOException {
        try (Stream<Path> tree = Files.walk(dir, 2)) {
            return tree.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> {
                        Path rel = dir.relativize(p);
                        return rel.getNameCount() == 1 || !(rel.getName(0).toString().equals(DONE)
                                || rel.getName(0).toString().equals(FAILED));
                    })
                    .sorted().toList();
        }
    }

    /** Processes the file under its claim, unless another node holds that or has moved the file already. */
    private void claimed(Path file) throws IOException {
        Optional<NodeLocks.Claim> claim;
        try {
            claim = claims.tryClaim(dir.relativize(file).toString());
        } catch (SQLException e) {
            throw new StoreException("cannot claim " + file.getFileName()
                    + ": " + e.getMessage(), e);
        }
        if (claim.isEmpty()) {
            return; // another node is ingesting it
        }
        try (NodeLocks.Claim held = claim.get()) {
            if (Files.isRegularFile(file)) {
                process(file);
            }
        }
    }

    private void process(Path file) throws IOException {
        Path rel = dir.relativize(file);
        String platform = rel.getNameCount() > 1 ? rel.getName(0).toString() : null;
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            IngestCounts c = service.ingest(in, null, platform, rel.toString(), Map.of());
            Path target = move(file, DONE);
            Files.writeString(target.resolveSibling(target.getFileName() + ".counts.json"),
                    IngestJson.counts(c).toString(), StandardCharsets.UTF_8);
            LOG.info("ingested {}: {}", rel, IngestJson.counts(c));
        } catch (IllegalArgumentException | IOException e) {
            Path target = move(file, FAILED);
            Files.writeString(target.resolveSibling(target.getFileName() + ".error.txt"),
                    e.getMessage() + System.lineSeparator(), StandardCharsets.UTF_8);
            LOG.warn("could not ingest {}: {}", name, e.getMessage());
        }
    }

    private Path move(Path file, String to) throws IOException {
        Path target = dir.resolve(to).resolve(file.getFileName());
        if (Files.exists(target)) {
            target = dir.resolve(to).resolve(System.currentTimeMillis() + "-" + file.getFileName());
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
