package eu.emso.dmp.server.metrics;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import eu.emso.dmp.model.store.WriteListener;
import eu.emso.dmp.server.health.StorageWatch;
import eu.emso.dmp.server.ingest.IngestTotals;
import eu.emso.dmp.server.mqtt.MqttStats;
import eu.emso.dmp.server.qc.QcStage;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;

/**
 * The server's meter registry and the binding of each part's counters to it. Meter names follow
 * Micrometer's conventions and appear in Prometheus form ({@code dmp.ingest.lines} is scraped as
 * {@code dmp_ingest_lines_total}). Thread-safe.
 */
public final class Metrics {
    /** QARTOD flag codes counted by {@code dmp_qc_flags_total}. */
    private static final int[] FLAGS = {1, 2, 3, 4, 9};
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer commits;
    private final DistributionSummary batches;

    public Metrics() {
        HttpMetrics.configure(registry); // filters before the first meter
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        commits = Timer.builder("dmp.write.commit").description("Observation write-path transactions, to the commit")
                .serviceLevelObjectives(ms(1), ms(5), ms(10), ms(25), ms(50), ms(100), ms(250), ms(500), ms(1000),
                        ms(2500), ms(10_000))
                .register(registry);
        batches = DistributionSummary.builder("dmp.write.batch").baseUnit("rows")
                .description("Rows per observation write-path transaction")
                .serviceLevelObjectives(1, 2, 5, 10, 50, 100, 500, 1000, 5000, 10_000).register(registry);
    }

    private static Duration ms(long ms) {
        return Duration.ofMillis(ms);
    }

    /** The registry, for binders such as the HTTP handler. */
    public MeterRegistry registry() {
        return registry;
    }

    /** A handler that times every request to {@code next} by face and status (see {@link HttpMetrics}). */
    public org.eclipse.jetty.server.Handler.Wrapper http(org.eclipse.jetty.server.Handler next) {
        return HttpMetrics.around(registry, next);
    }

    /** All meters in the Prometheus text format, version 0.0.4. */
    public String scrape() {
        return registry.scrape();
    }

    /** The listener of the observation write path: batch sizes and commit latency. */
    public WriteListener writes() {
        return (rows, nanos) -> {
            batches.record(rows);
            commits.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        };
    }

    /** {@code dmp_storage_full} (1 while writes are refused for lack of storage) and the refused writes. */
    public void storage(StorageWatch s) {
        Gauge.builder("dmp.storage.full", s, w -> w.full() ? 1 : 0)
                .description("1 while the database's storage is full or read-only and writes are refused").register(registry);
        counter("dmp.storage.refused.writes", "Writes refused because the storage is full or read-only", s,
                StorageWatch::refusedWrites);
    }

    /** The connection pool's meters ({@code hikaricp_connections_*}), when it is a HikariCP pool. */
    public void pool(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource h && h.getMetricsTrackerFactory() == null) {
            h.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
    }

    /** {@code dmp_qc_flags_total{flag}}: new observations by the aggregate flag quality control gave them. */
    public void qc(QcStage qc) {
        for (int flag : FLAGS) {
            FunctionCounter.builder("dmp.qc.flags", qc, q -> q.assigned(flag)).tag("flag", Integer.toString(flag))
                    .description("Observations by the aggregate QARTOD flag quality control assigned").register(registry);
        }
    }

    /** Ingest lines, records, stored values and quarantine entries of every door. */
    public void ingest(IngestTotals t) {
        counter("dmp.ingest.lines", "Input lines the ingest doors read", t, IngestTotals::lines);
        counter("dmp.ingest.records", "Records the ingest doors parsed", t, IngestTotals::records);
        counter("dmp.ingest.observations", "Values the ingest doors stored", t, IngestTotals::observations);
        counter("dmp.ingest.quarantined", "Entries the ingest doors wrote to the quarantine", t,
                IngestTotals::quarantined);
    }

    /** MQTT sessions connected now, messages published by clients, notifications published. */
    public void mqtt(MqttStats m) {
        Gauge.builder("dmp.mqtt.sessions", m, MqttStats::sessions)
                .description("Clients connected to the embedded MQTT broker").register(registry);
        counter("dmp.mqtt.messages.received", "Messages MQTT clients published", m, MqttStats::messagesReceived);
        counter("dmp.mqtt.notifications", "Notifications the server published over MQTT", m, MqttStats::notificationsSent);
    }

    private <T> void counter(String name, String description, T source, ToDoubleFunction<T> count) {
        FunctionCounter.builder(name, source, count).description(description).register(registry);
    }
}
