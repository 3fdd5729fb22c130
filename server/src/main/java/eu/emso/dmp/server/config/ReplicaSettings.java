package eu.emso.dmp.server.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Read replicas (docs/scale-out.md). Immutable.
 *
 * @param urls   JDBC URLs of PostgreSQL streaming replicas of {@code db.url}, reached with its user
 *               and password ({@code db.read.url}, comma-separated); empty: every read on the primary
 * @param maxLag the most a replica may be behind the primary and still serve reads
 *               ({@code db.read.lag.max}, seconds)
 */
public record ReplicaSettings(List<String> urls, Duration maxLag) {
    public ReplicaSettings {
        urls = List.copyOf(urls);
    }

    /** No replicas. */
    public static ReplicaSettings none() {
        return new ReplicaSettings(List.of(), Duration.ofSeconds(5));
    }

    /** Reads the keys above. */
    public static ReplicaSettings read(UnaryOperator<String> property) {
        String v = property.apply("db.read.url");
        List<String> urls = v == null ? List.of() : Arrays.stream(v.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (String url : urls) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new SettingsException("setting db.read.url must list PostgreSQL JDBC URLs, found '" + url + "'");
            }
        }
        String lag = property.apply("db.read.lag.max");
        double seconds = 5;
        if (lag != null && !lag.isBlank()) {
            try {
                seconds = Double.parseDouble(lag.strip());
            } catch (NumberFormatException e) {
                throw new SettingsException("setting db.read.lag.max must be a number of seconds, found '" + lag + "'");
            }
            if (seconds < 0.2 || seconds > 3600) {
                throw new SettingsException("setting db.read.lag.max must be between 0.2 and 3600 seconds, found '"
                        + lag + "'");
            }
        }
        return new ReplicaSettings(urls, Duration.ofMillis(Math.round(seconds * 1000)));
    }
}
