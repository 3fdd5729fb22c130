package eu.emso.dmp.server.config;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * How the server rides out faults (docs/operations.md). Immutable.
 *
 * @param connectTimeout the longest a request waits for a database connection before it is
 *                       answered 503 ({@code db.connect.timeout}, seconds)
 * @param supervise      whether the embedded database is watched and restarted when it dies
 *                       ({@code db.supervise})
 * @param stopGrace      how long requests in flight may run on after SIGTERM ({@code http.stop.grace}, seconds)
 */
public record FaultSettings(Duration connectTimeout, boolean supervise, Duration stopGrace) {

    /** The defaults of dmp.properties. */
    public static FaultSettings defaults() {
        return new FaultSettings(Duration.ofSeconds(3), true, Duration.ofSeconds(20));
    }

    /** Reads the keys above; a missing key keeps its default. */
    public static FaultSettings read(UnaryOperator<String> property) {
        FaultSettings d = defaults();
        return new FaultSettings(seconds(property, "db.connect.timeout", d.connectTimeout()),
                bool(property, "db.supervise", d.supervise()), seconds(property, "http.stop.grace", d.stopGrace()));
    }

    private static Duration seconds(UnaryOperator<String> property, String key, Duration fallback) {
        String v = property.apply(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            double s = Double.parseDouble(v.trim());
            if (s < 0.5 || s > 3600) {
                throw new SettingsException("setting " + key + " must be between 0.5 and 3600 seconds, found '" + v + "'");
            }
            return Duration.ofMillis(Math.round(s * 1000));
        } catch (NumberFormatException e) {
            throw new SettingsException("setting " + key + " must be a number of seconds, found '" + v + "'");
        }
    }

    private static boolean bool(UnaryOperator<String> property, String key, boolean fallback) {
        String v = property.apply(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new SettingsException("setting " + key + " must be true or false, found '" + v + "'");
        };
    }
}
