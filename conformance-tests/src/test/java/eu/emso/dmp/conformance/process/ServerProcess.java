package eu.emso.dmp.conformance.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import eu.emso.dmp.conformance.ConformanceSettings;

/**
 * The EMSO DMP server running in its own JVM on a free port, as a JUnit fixture.
 *
 * <p>{@link #start(Path)} launches {@code eu.emso.dmp.server.Main serve} with the test JVM's
 * class path, the data directory given (with no database configured the server runs its own
 * embedded PostgreSQL there) and {@code --base-url http://localhost:PORT}, so self links are
 * exactly what a client on this machine sees. It returns once {@code GET /health} answers 200;
 * standard output and error go to {@link #logFile()}. {@link #close()} sends SIGTERM, so the server
 * stops its database cleanly, and waits until no process runs in the data directory any more; it
 * also runs when the test JVM exits early. Use it in a try-with-resources block. Not thread-safe;
 * one owner.
 */
public final class ServerProcess implements AutoCloseable {
    static final String MAIN_CLASS = "eu.emso.dmp.server.Main";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DATABASE_EXIT_TIMEOUT = Duration.ofSeconds(15);

    private final Process process;
    private final Path dataDir;
    private final int port;
    private final Path logFile;
    private final Thread shutdownHook;

    private ServerProcess(Process process, Path dataDir, int port, Path logFile) {
        this.process = process;
        this.dataDir = dataDir;
        this.port = port;
        this.logFile = logFile;
        this.shutdownHook = new Thread(this::stop, "stop server on port " + port);
    }

    /**
     * Starts a server on {@code dataDir} (created with mode 0755 if missing) and waits up to
     * {@link ConformanceSettings#serverStartTimeout()} for it to be healthy.
     *
     * @throws IllegalStateException when the server exits or is not healthy in time; the message
     *     holds the end of the server's log
     */
    public static ServerProcess start(Path dataDir) {
        ConformanceSettings settings = ConformanceSettings.fromSystemProperties();
        return start(dataDir, settings.workDirectory(), settings.serverStartTimeout());
    }

    /**
     * Starts a server as {@link #start(Path)} does, with its log in {@code logDirectory} and the
     * given time to become healthy.
     */
    public static ServerProcess start(Path dataDir, Path logDirectory, Duration startTimeout) {
        int port = FreePort.find();
        int mqttPort = FreePort.findOtherThan(port);
        Path logFile = logDirectory.resolve("server-" + port + ".log");
        List<String> command = List.of(JavaLauncher.javaExecutable(), "-cp", JavaLauncher.testClassPath(),
                MAIN_CLASS, "serve", "--port", Integer.toString(port), "--data", dataDir.toAbsolutePath().toString(),
                "--base-url", "http://localhost:" + port, "--mqtt-port", Integer.toString(mqttPort));
        ServerProcess server = new ServerProcess(launch(command, dataDir, logFile), dataDir, port,
                logFile);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            new HealthProbe(server.baseUrl().resolve("/health")).awaitHealthy(server.process, startTimeout);
        } catch (IllegalStateException e) {
            server.close();
            throw new IllegalStateException(e.getMessage() + System.lineSeparator() + LogTail.of(logFile, 80), e);
        }
        return server;
    }

    private static Process launch(List<String> command, Path dataDir, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            if (Files.notExists(dataDir)) {
                ScratchDirectory.createDirectories(dataDir);
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            // the MQTT WebSocket's default port is fixed; servers of concurrent test runs take a free one
            builder.environment().put("DMP_MQTT_WS_PORT", "0");
            // the OGC test suites create and delete entities anonymously
            builder.environment().put("DMP_AUTH_WRITES", "open");
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch the server: " + String.join(" ", command), e);
        }
    }

    /** The server's root URL, {@code http://localhost:PORT}, without a trailing slash. */
    public URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    /** The HTTP port the server listens on. */
    public int port() {
        return port;
    }

    /** The file that receives the server's standard output and error. */
    public Path logFile() {
        return logFile;
    }

    /** Whether the server process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code of the server, empty while it runs. */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /**
     * Whether the server answers {@code GET /health} with 200 right now, e.g. to check that it
     * survived a test suite.
     */
    public boolean isHealthy() {
        return process.isAlive() && new HealthProbe(baseUrl().resolve("/health")).isHealthy();
    }

    /**
     * Stops the server with SIGTERM and waits for it to exit (killing it if it has not after a
     * minute), then waits for the processes still running in its data directory (its embedded
     * PostgreSQL) to exit, asking them to stop if they have not after 15 s. Safe to call more
     * than once.
     */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing left to undo
        }
    }

    private void stop() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            DirectoryProcesses.awaitExit(dataDir, DATABASE_EXIT_TIMEOUT);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "server on port " + port + " (log " + Objects.toString(logFile) + ")";
    }
}
