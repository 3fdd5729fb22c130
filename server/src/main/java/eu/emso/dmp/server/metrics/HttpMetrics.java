package eu.emso.dmp.server.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.jetty12.server.DefaultJettyCoreRequestTagsProvider;
import io.micrometer.jetty12.server.JettyCoreRequestTagsProvider;
import io.micrometer.jetty12.server.TimedHandler;
import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;

/**
 * HTTP requests by face and status with latency histograms: Micrometer's Jetty 12 handler
 * ({@code jetty_server_requests_seconds{face, method, status, outcome}}) around the server's
 * handlers, so that every answer counts, including those Jersey never sees (503 while stopping).
 * The face is the first segment of the path: {@code sta} ({@code /v1.0}, {@code /v1.1}),
 * {@code ogcapi}, {@code sos}, {@code ingest}, {@code mqtt}, {@code admin} ({@code /health},
 * {@code /metrics}, {@code /}), or {@code other}.
 */
final class HttpMetrics {
    private static final String REQUESTS = "jetty.server.requests";

    private HttpMetrics() {
    }

    /** Latency buckets for the request timer, from 5 ms to 30 s. */
    static void configure(MeterRegistry registry) {
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(
                        seconds(0.005), seconds(0.01), seconds(0.025), seconds(0.05), seconds(0.1), seconds(0.25),
                        seconds(0.5), seconds(1), seconds(2.5), seconds(5), seconds(10), seconds(30))
                        .build().merge(config);
            }
        });
    }

    private static double seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000)).toNanos();
    }

    /** A handler that times every request to {@code next}. */
    static Handler.Wrapper around(MeterRegistry registry, Handler next) {
        JettyCoreRequestTagsProvider defaults = new DefaultJettyCoreRequestTagsProvider();
        TimedHandler timed = new TimedHandler(registry, Tags.empty(),
                request -> Tags.of(defaults.getTags(request)).and("face", face(Request.getPathInContext(request))));
        timed.setHandler(next);
        return timed;
    }

    /** The face a path belongs to. */
    static String face(String path) {
        String p = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        String first = slash < 0 ? p : p.substring(0, slash);
        return switch (first) {
            case "v1.0", "v1.1" -> "sta";
            case "ogcapi", "sos", "ingest", "mqtt", "admin" -> first;
            case "", "health", "metrics", "landing" -> "admin";
            default -> "other";
        };
    }
}
