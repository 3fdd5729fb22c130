package eu.emso.dmp.server.federation;

import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.FederationRun;
import eu.emso.dmp.model.store.FederationSource;
import eu.emso.dmp.model.store.FederationStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The harvester: the configured sources, runs on demand and on schedule, and their status. Each
 * run has a thread of its own and holds its source's lock (a PostgreSQL advisory lock), so a slow
 * or failing source never holds up another, and two server nodes on one database never harvest
 * the same source at once. Thread-safe.
 */
public final class Federation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Federation.class);
    private final FederationStore sources;
    private final Supplier<EntityStore> store;
    private final FederationSettings settings;
    private final FederationMetrics metrics;
    private final HttpClient http;
    private final ExecutorService runs = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dmp-federation");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dmp-federation-clock");
        t.setDaemon(true);
        return t;
    });
    /** The runs of this node now, by source name. */
    private final Map<String, Harvest> running = new ConcurrentHashMap<>();

    /** The status of a source: its configuration, whether it runs now, its last run and last success. */
    public record Status(FederationSource source, boolean running, Optional<FederationRun> lastRun,
                         Optional<FederationRun> lastSuccess) {
    }

    public Federation(FederationStore sources, Supplier<EntityStore> store, FederationSettings settings,
                      FederationMetrics metrics) {
        this.sources = sources;
        this.store = store;
        this.settings = settings;
        this.metrics = metrics;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Starts the scheduled runs of the sources that have an interval. */
    public Federation schedule() {
        long tick = settings.tick().toMillis();
        clock.scheduleWithFixedDelay(this::runDue, tick, tick, TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * Adds a source.
     *
     * @throws IllegalArgumentException for a bad URL or interval, or a name in use
     */
    public FederationSource add(SourceSpec spec) {
        if (!spec.name().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("a source name is 1 to 100 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit: '" + spec.name() + "'");
        }
        URI u = spec.url();
        if (u == null || !u.isAbsolute() || !List.of("http", "https").contains(u.getScheme().toLowerCase(Locale.ROOT))
                || u.getHost() == null) {
            throw new IllegalArgumentException("--source must be an http or https URL, not '" + u + "'");
        }
        if (spec.every() != null && spec.every().compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("--every must be at least PT1S, not " + spec.every());
        }
        if (spec.kind() == SourceKind.ERDDAP && (spec.dataset() == null || spec.dataset().isBlank())) {
            throw new IllegalArgumentException("an ERDDAP source needs --dataset, the tabledap dataset id");
        }
        Readers.of(spec, http, settings.timeout()); // a kind not available is refused now, not at the first run
        FederationSource row = new FederationSource(0, spec.name(), spec.kind().name().toLowerCase(Locale.ROOT),
                u.toString(), blank(spec.dataset()), blank(spec.filter()), spec.every(), true, null);
        if (!sources.add(row)) {
            throw new IllegalArgumentException("there is a source named '" + spec.name() + "' already: remove it first");
        }
        return sources.source(spec.name()).orElseThrow();
    }

    /** Removes a source (the entities and observations it harvested stay); whether it existed. */
    public boolean remove(String name) {
        return sources.remove(name);
    }

    /** Every source with its status. */
    public List<Status> list() {
        return sources.sources().stream().map(this::status).toList();
    }

    /** The status of the source named {@code name}. */
    public Optional<Status> status(String name) {
        return sources.source(name).map(this::status);
    }

    private Status status(FederationSource s) {
        return new Status(s, running.containsKey(s.name()), sources.runs(s.name(), 1).stream().findFirst(),
                sources.lastSuccess(s.name()));
    }

    /**
     * Harvests the source now, on a thread of its own, and waits for the end of the run.
     *
     * @throws java.util.NoSuchElementException when there is no such source
     * @throws IllegalStateException when the source is being harvested (here or by another node)
     */
    public HarvestCounts run(String name) throws InterruptedException {
        FederationSource s = sources.source(name).orElseThrow(() -> new java.util.NoSuchElementException(
                "there is no source named '" + name + "'"));
        Future<Optional<HarvestCounts>> f = runs.submit(() -> harvest(s));
        try {
            return f.get().orElseThrow(() -> new IllegalStateException("the source '" + name
                    + "' is being harvested now (by this server or another node): try again when that run ends"));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Runs the harvest if this node gets the source's lock; empty when another run holds it. */
    private Optional<HarvestCounts> harvest(FederationSource s) {
        Optional<FederationStore.HarvestLock> lock = sources.tryLock(s.lockKey());
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try (FederationStore.HarvestLock held = lock.get()) {
            SourceSpec spec = spec(s);
            long id = sources.startRun(s.name());
            Harvest h = new Harvest(spec, Readers.of(spec, http, settings.timeout()), store.get(), sources, settings,
                    () -> { });
            running.put(s.name(), h);
            try {
                HarvestCounts c = h.run(id);
                metrics.ran(s.name(), c);
                if (c.error() != null) {
                    LOG.warn("harvest of {}: {}", s.name(), c.error());
                }
                return Optional.of(c);
            } finally {
                running.remove(s.name());
            }
        }
    }

    /** Starts a run of every enabled source with an interval whose last run started longer ago than it. */
    private void runDue() {
        try {
            for (FederationSource s : sources.sources()) {
                if (!s.enabled() || s.every() == null || running.containsKey(s.name())) {
                    continue;
                }
                Optional<FederationRun> last = sources.runs(s.name(), 1).stream().findFirst();
                if (last.isEmpty() || !last.get().started().plus(s.every()).isAfter(Instant.now())) {
                    runs.submit(() -> {
                        try {
                            harvest(s);
                        } catch (RuntimeException e) {
                            LOG.warn("scheduled harvest of {} failed", s.name(), e);
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("federation schedule: {}", e.toString()); // the database is away; the next tick tries again
        }
    }

    static SourceSpec spec(FederationSource s) {
        return new SourceSpec(s.name(), SourceKind.valueOf(s.kind().toUpperCase(Locale.ROOT)), URI.create(s.url()),
                s.dataset(), s.filter(), s.every());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Stops the schedule and interrupts runs in progress (what they stored stays, their watermarks with it). */
    @Override
    public void close() {
        clock.shutdownNow();
        runs.shutdownNow();
        try {
            runs.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
