package eu.emso.dmp.server.config;

import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The limits that keep one client's request from costing the server (docs/operations.md,
 * "Limits"). Keys and defaults are declared in {@code config/dmp.properties}. Immutable.
 *
 * @param bodyMax        the largest request body in bytes ({@code http.body.max}); a larger one
 *                       is answered 413
 * @param expandDepth    the most navigation steps one {@code $expand} chain may take, nested
 *                       options included ({@code sta.expand.depth.max}); a deeper one is answered 400
 * @param expandEntities the most entities one response may hold with its expansions, as written
 *                       out ({@code sta.expand.entities.max}); a larger one is answered 400
 * @param readTimeout    the longest one read may run in the database ({@code db.read.timeout},
 *                       seconds; zero: no limit); a longer one is cancelled and answered 503
 * @param mqttMessageMax the largest MQTT message in bytes the embedded broker takes
 *                       ({@code mqtt.message.max}); a larger one is dropped with its connection
 * @param heavyReads     the most read requests (GET) served at once ({@code http.reads.concurrent};
 *                       zero: no limit)
 * @param heavyWait      how long a read waits for one of those places before it is answered 503
 *                       with {@code Retry-After} ({@code http.reads.wait}, seconds)
 * @param writeRate      writes (POST, PUT, PATCH, DELETE) per second one client may send on
 *                       average ({@code http.writes.rate}; zero: no limit); past it 429 with
 *                       {@code Retry-After}
 * @param writeBurst     writes one client may send at once above that rate ({@code http.writes.burst})
 */
public record LimitSettings(long bodyMax, int expandDepth, long expandEntities, Duration readTimeout, int mqttMessageMax,
                            int heavyReads, Duration heavyWait, double writeRate, int writeBurst) {

    public LimitSettings {
        if (bodyMax < 1 || expandDepth < 1 || expandEntities < 1 || mqttMessageMax < 64 || heavyReads < 0 || writeRate < 0
                || writeBurst < 1) {
            throw new SettingsException("a limit is out of range (sizes and depths must be positive, rates not negative)");
        }
    }

    /** The defaults of dmp.properties: generous, so that bulk loads and benchmarks never meet them. */
    public static LimitSettings defaults() {
        return new LimitSettings(256L << 20, 8, 1_000_000, Duration.ofSeconds(60), 1 << 20, 64, Duration.ofSeconds(2), 0, 200);
    }

    /** Reads the keys above; a missing key keeps its default. */
    public static LimitSettings read(UnaryOperator<String> property) {
        LimitSettings d = defaults();
        return new LimitSettings(bytes(property, "http.body.max", d.bodyMax()),
                (int) number(property, "sta.expand.depth.max", d.expandDepth(), 1, 1000),
                (long) number(property, "sta.expand.entities.max", d.expandEntities(), 1, 1e12),
                seconds(property, "db.read.timeout", d.readTimeout()),
                (int) Math.min(bytes(property, "mqtt.message.max", d.mqttMessageMax()), Integer.MAX_VALUE),
                (int) number(property, "http.reads.concurrent", d.heavyReads(), 0, 100_000),
                seconds(property, "http.reads.wait", d.heavyWait()),
                number(property, "http.writes.rate", d.writeRate(), 0, 1e9),
                (int) number(property, "http.writes.burst", d.writeBurst(), 1, 1e9));
    }

    /** A size in bytes, with an optional suffix K, M or G (powers of 1024), e.g. {@code 256M}. */
    static long bytes(UnaryOperator<String> property, String key, long fallback) {
        String v = property.apply(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        String t = v.trim().toUpperCase(Locale.ROOT).replaceFirst("B$", "");
        int shift = t.endsWith("K") ? 10 : t.endsWith("M") ? 20 : t.endsWith("G") ? 30 : 0;
        try {
            long n = Long.parseLong(shift == 0 ? t : t.substring(0, t.length() - 1).trim());
            if (n < 1 || n > (Long.MAX_VALUE >> shift)) {
                throw new NumberFormatException();
            }
            return n << shift;
        } catch (NumberFormatException e) {
            throw new SettingsException("setting " + key + " must be a positive size in bytes (a suffix K, M or G "
                    + "allowed), found '" + v + "'");
        }
    }

    private static double number(UnaryOperator<String> property, String key, double fallback, double min, double max) {
        String v = property.apply(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            double n = Double.parseDouble(v.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new SettingsException("setting " + key + " must be a number from " + (long) min + " to " + (long) max
                + ", found '" + v + "'");
    }

    private static Duration seconds(UnaryOperator<String> property, String key, Duration fallback) {
        double s = number(property, key, fallback.toMillis() / 1000.0, 0, 86_400);
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
