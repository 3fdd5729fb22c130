package eu.emso.dmp.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server running as a child JVM: started with its command and environment, its output sent
 * to a log file, ready once its service root answers 200. Its memory is read from
 * {@code /proc/<pid>/status} (VmRSS, the resident set now, and VmHWM, the peak resident set):
 * the whole process, heap and off-heap; its heap from its garbage collection log, where every
 * collection records the heap in use before and after it. Closing stops it (SIGTERM, then
 * SIGKILL after 20 s).
 * Not thread-safe.
 */
public final class ServerProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final String serviceRoot;
    private static final java.util.regex.Pattern GC_HEAP =
            java.util.regex.Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private final Path log;
    private final Path gcLog;
    private final int mqttPort;

    private ServerProcess(String name, Process process, String serviceRoot, Path log, Path gcLog, int mqttPort) {
        this.name = name;
        this.process = process;
        this.serviceRoot = serviceRoot;
        this.log = log;
        this.gcLog = gcLog;
        this.mqttPort = mqttPort;
    }

    /**
     * Starts {@code command} and waits up to {@code timeout} for {@code serviceRoot} to answer a
     * read of its Things (a service root alone may answer before the store is ready);
     * {@code gcLog} is where the command logs its garbage collections ({@code -Xlog:gc:file=}).
     *
     * @throws IOException when the process cannot start, exits, or is not ready in time; the
     *     message names the log file
     */
    public static ServerProcess start(String name, List<String> command, Map<String, String> env, String serviceRoot,
                                      int mqttPort, Path log, Path gcLog, Duration timeout)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        ServerProcess server = new ServerProcess(name, pb.start(), serviceRoot, log, gcLog, mqttPort);
        try {
            server.awaitReady(timeout);
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(serviceRoot + "/Things?$top=1")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException(name + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    public String serviceRoot() {
        return serviceRoot;
    }

    /** The port its MQTT broker was asked to listen on (it may have none). */
    public int mqttPort() {
        return mqttPort;
    }

    /** Whether the process is still running. */
    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** A field of {@code /proc/<pid>/status} in KiB (e.g. "VmRSS", "VmHWM"), if readable. */
    public Optional<Long> memoryKiB(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * From the garbage collection log: the most heap in use when a collection started (the peak
     * of what the server held, to within one young generation) and the largest heap reserved,
     * in KiB; empty when no collection was logged.
     */
    public Map<String, Long> heapKiB() {
        return heapKiB(0);
    }

    /** The number of lines the garbage collection log holds now (0 when it cannot be read). */
    public int gcLogLines() {
        try {
            return Files.readAllLines(gcLog).size();
        } catch (IOException e) {
            return 0;
        }
    }

    /** As {@link #heapKiB()}, over the collections logged from line {@code from} on (see {@link #gcLogLines()}). */
    public Map<String, Long> heapKiB(int from) {
        long peakUsed = -1;
        long peakCommitted = -1;
        try {
            List<String> lines = Files.readAllLines(gcLog);
            for (String line : lines.subList(Math.min(from, lines.size()), lines.size())) {
                java.util.regex.Matcher m = GC_HEAP.matcher(line);
                if (m.find()) {
                    peakUsed = Math.max(peakUsed, kib(m.group(1), m.group(2)));
                    peakCommitted = Math.max(peakCommitted, kib(m.group(5), m.group(6)));
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return peakUsed < 0 ? Map.of() : Map.of("heapUsedPeakKiB", peakUsed, "heapCommittedPeakKiB", peakCommitted);
    }

    /** The number of lines of the garbage collection log now: a mark for {@link #collectionsSince(int)}. */
    public int gcMark() {
        try {
            return Files.readAllLines(gcLog).size();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The collections logged after {@code mark}: how many, the most heap in use when one started
     * and the most still in use after one (what the server held then), in KiB.
     *
     * @param collections     collections since the mark
     * @param peakBeforeKiB   the most heap in use at the start of one, or -1 when none
     * @param peakAfterKiB    the most heap in use at the end of one, or -1 when none
     */
    public record Collections(int collections, long peakBeforeKiB, long peakAfterKiB) {
    }

    /** The collections logged after {@code mark} (see {@link #gcMark()}). */
    public Collections collectionsSince(int mark) {
        int n = 0;
        long before = -1;
        long after = -1;
        try {
            List<String> lines = Files.readAllLines(gcLog);
            for (String line : lines.subList(Math.min(mark, lines.size()), lines.size())) {
                java.util.regex.Matcher m = GC_HEAP.matcher(line);
                if (m.find()) {
                    n++;
                    before = Math.max(before, kib(m.group(1), m.group(2)));
                    after = Math.max(after, kib(m.group(3), m.group(4)));
                }
            }
        } catch (IOException e) {
            return new Collections(0, -1, -1);
        }
        return new Collections(n, before, after);
    }

    private static long kib(String value, String unit) {
        long v = Long.parseLong(value);
        return switch (unit) {
            case "G" -> v << 20;
            case "M" -> v << 10;
            default -> v;
        };
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
