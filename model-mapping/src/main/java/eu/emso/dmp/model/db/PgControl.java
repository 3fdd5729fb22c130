package eu.emso.dmp.model.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts and stops the postmaster of one cluster with {@code pg_ctl}, as the {@link ServerAccount}.
 *
 * <p>The server listens on 127.0.0.1 only, on a free port picked at start. {@code pg_ctl} runs the
 * postmaster in its own session, so terminal signals reach only the JVM, whose shutdown then
 * stops the cluster. Immutable; callers serialise access to one cluster.
 */
final class PgControl {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int PORT_ATTEMPTS = 3;
    private static final int LOG_TAIL_LINES = 20;

    private final PgInstallation pg;
    private final ServerAccount account;
    private final ClusterLayout layout;

    PgControl(PgInstallation pg, ServerAccount account, ClusterLayout layout) {
        this.pg = pg;
        this.account = account;
        this.layout = layout;
    }

    /** Whether a live postmaster serves the data directory ({@code pg_ctl status}). */
    PgInstallation installation() {
        return pg;
    }

    boolean isRunning() {
        return pgCtl(List.of("status")).ok();
    }

    /** The process id in {@code postmaster.pid}, if that file exists. */
    Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(layout.postmasterPid(), StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Starts the postmaster on a free port and returns that port, after it accepts connections. */
    int start() {
        ProcessRunner.Result result = null;
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int port = freePort();
            result = startOn(port);
            if (result.ok()) {
                return port;
            }
            if (!logTail().contains("could not bind")) {
                break;
            }
        }
        throw notStarted(result);
    }

    /**
     * Starts the postmaster again on the port it had (connection pools keep their URL), after
     * crash recovery has replayed the WAL and it accepts connections.
     */
    void restart(int port) {
        ProcessRunner.Result result = startOn(port);
        if (!result.ok()) {
            throw notStarted(result);
        }
    }

    private ProcessRunner.Result startOn(int port) {
        return pgCtl(List.of("start", "-w", "-t", Long.toString(TIMEOUT.toSeconds()), "-l",
                layout.logFile().toString(), "-o", "-p " + port));
    }

    private DatabaseException notStarted(ProcessRunner.Result result) {
        return new DatabaseException("PostgreSQL did not start in " + layout.data() + ":\n" + result.output()
                + "\nLast lines of " + layout.logFile() + ":\n" + logTail());
    }

    /** Fast shutdown (rolls back open transactions, checkpoints), waiting until the server is gone. */
    void stop() {
        ProcessRunner.Result result = pgCtl(List.of("stop", "-m", "fast", "-w", "-t",
                Long.toString(TIMEOUT.toSeconds())));
        if (!result.ok() && isRunning()) {
            throw new DatabaseException("PostgreSQL in " + layout.data() + " did not stop:\n" + result.output());
        }
    }

    private ProcessRunner.Result pgCtl(List<String> args) {
        List<String> program = new ArrayList<>(List.of(pg.program("pg_ctl"), "-D", layout.data().toString()));
        program.addAll(args);
        return ProcessRunner.run(account.command(program), layout.root(), TIMEOUT.plusSeconds(30));
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(layout.logFile(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DatabaseException("No free TCP port on 127.0.0.1: " + e.getMessage(), e);
        }
    }
}
