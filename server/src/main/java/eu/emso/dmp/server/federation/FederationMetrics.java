package eu.emso.dmp.server.federation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The harvester's meters, per source: {@code dmp_federation_observations_total},
 * {@code dmp_federation_runs_total{outcome}}, {@code dmp_federation_failures_total} and
 * {@code dmp_federation_last_success_seconds} (Unix time of the end of the last good run).
 * Thread-safe.
 */
public final class FederationMetrics {
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    public FederationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records a run of {@code source} that ended with {@code c}. */
    void ran(String source, HarvestCounts c) {
        Counter.builder("dmp.federation.observations").description("Observations harvested from a remote source")
                .tag("source", source).register(registry).increment(c.observations());
        boolean ok = c.error() == null;
        Counter.builder("dmp.federation.runs").description("Harvest runs of a remote source").tag("source", source)
                .tag("outcome", ok ? "ok" : "failed").register(registry).increment();
        Counter failures = Counter.builder("dmp.federation.failures").description("Harvest runs that failed")
                .tag("source", source).register(registry);
        if (!ok) {
            failures.increment();
        }
        AtomicLong last = lastSuccess.computeIfAbsent(source, s -> {
            AtomicLong v = new AtomicLong();
            Gauge.builder("dmp.federation.last.success", v, AtomicLong::get).baseUnit("seconds")
                    .description("Unix time of the end of the last harvest run that ended well").tag("source", s)
                    .register(registry);
            return v;
        });
        if (ok) {
            last.set(java.time.Instant.now().getEpochSecond());
        }
    }
}
