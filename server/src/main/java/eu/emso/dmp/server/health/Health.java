package eu.emso.dmp.server.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The server's health as {@code /health} and its two halves tell it. Readiness (can this node
 * serve requests now?) needs the server started and not stopping and every readiness check up,
 * such as the database; the whole health also needs the other checks up, such as storage that
 * takes writes and a reachable broker, which do not stop reads. Liveness is the process itself:
 * it answers as long as it can recover by itself. Thread-safe; checks are added while wiring.
 */
public final class Health {
    private final Map<String, Supplier<Check>> readiness = new LinkedHashMap<>();
    private final Map<String, Supplier<Check>> others = new LinkedHashMap<>();
    private volatile String phase = "starting";

    /** A check that readiness needs. */
    public synchronized Health readiness(String name, Supplier<Check> check) {
        readiness.put(name, check);
        return this;
    }

    /** A check that the whole health needs but readiness does not. */
    public synchronized Health other(String name, Supplier<Check> check) {
        others.put(name, check);
        return this;
    }

    /** The server has started. */
    public void started() {
        phase = null;
    }

    /** The server is stopping: readiness fails from now on. */
    public void stopping() {
        phase = "stopping";
    }

    /** Whether the server is stopping. */
    public boolean isStopping() {
        return "stopping".equals(phase);
    }

    /** The readiness checks' results, in order; a server starting or stopping says so. */
    public synchronized Map<String, Check> ready() {
        Map<String, Check> out = new LinkedHashMap<>();
        String p = phase;
        out.put("server", p == null ? Check.ok() : Check.down("the server is " + p));
        if (p == null) {
            readiness.forEach((name, c) -> out.put(name, c.get()));
        }
        return out;
    }

    /** Every check's result, in order. */
    public synchronized Map<String, Check> all() {
        Map<String, Check> out = ready();
        if (phase == null) {
            others.forEach((name, c) -> out.put(name, c.get()));
        }
        return out;
    }

    /** Whether every check of {@code checks} is up. */
    public static boolean up(Map<String, Check> checks) {
        return checks.values().stream().allMatch(Check::up);
    }
}
