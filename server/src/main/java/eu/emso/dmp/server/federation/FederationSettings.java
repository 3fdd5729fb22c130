package eu.emso.dmp.server.federation;

import java.time.Duration;
import java.util.function.Function;

/**
 * Settings of the harvester ({@code federation.*} keys, defaults in {@code config/dmp.properties}).
 * Immutable.
 *
 * @param overlap  how far before a series' watermark each run reads again, for late data
 *                 ({@code federation.overlap}, default PT1H)
 * @param page     observations asked for per request ({@code federation.page}, default 1000)
 * @param timeout  timeout of one HTTP request to a remote ({@code federation.timeout}, default PT30S)
 * @param attempts tries of one request before the run fails ({@code federation.attempts}, default 4)
 * @param backoff  wait before the second try, doubled before each next one
 *                 ({@code federation.backoff}, default PT2S)
 * @param tick     how often the scheduler looks for sources that are due ({@code federation.tick}, default PT5S)
 */
public record FederationSettings(Duration overlap, int page, Duration timeout, int attempts, Duration backoff,
                                 Duration tick) {

    public static FederationSettings defaults() {
        return read(k -> null);
    }

    /** The settings from {@code setting} (a key's value, or null for the default). */
    public static FederationSettings read(Function<String, String> setting) {
        return new FederationSettings(duration(setting, "federation.overlap", "PT1H"),
                Integer.parseInt(or(setting, "federation.page", "1000")), duration(setting, "federation.timeout", "PT30S"),
                Integer.parseInt(or(setting, "federation.attempts", "4")), duration(setting, "federation.backoff", "PT2S"),
                duration(setting, "federation.tick", "PT5S"));
    }

    private static Duration duration(Function<String, String> setting, String key, String dflt) {
        return Duration.parse(or(setting, key, dflt));
    }

    private static String or(Function<String, String> setting, String key, String dflt) {
        String v = setting.apply(key);
        return v == null || v.isBlank() ? dflt : v.strip();
    }
}
