package eu.emso.dmp.server.config;

import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.server.mqtt.MqttSettings;
import eu.emso.dmp.server.ogcapi.OgcApiSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads {@link ServerSettings}: the defaults of {@code dmp.properties} (shipped in the jar from
 * {@code config/}), then an optional settings file, then environment variables
 * ({@code DMP_HTTP_PORT} for {@code http.port}).
 */
public final class SettingsLoader {
    private SettingsLoader() {
    }

    /** Loads settings; {@code file} may be null. */
    public static ServerSettings load(Path file, Map<String, String> env) {
        Properties p = properties(file, env);
        return new ServerSettings(integer(p, "http.port"), integer(p, "mqtt.port"),
                Path.of(p.getProperty("data.dir", "data")), optional(p, "base.url"), optional(p, "db.url"),
                p.getProperty("db.user", ""), p.getProperty("db.password", ""), integer(p, "db.pool"),
                new StoreSettings(integer(p, "sta.top.default"), integer(p, "sta.top.max")),
                MqttSettings.read(p::getProperty), Path.of(p.getProperty("qc.config.dir", "config/qc")),
                OgcApiSettings.read(p::getProperty), FaultSettings.read(p::getProperty),
                eu.emso.dmp.server.auth.AuthSettings.read(p::getProperty),
                LimitSettings.read(p::getProperty), ReplicaSettings.read(p::getProperty));
    }

    /**
     * The merged settings (defaults, then {@code file} if not null, then environment) as
     * properties, for the settings records of other parts of the server.
     */
    public static Properties properties(Path file, Map<String, String> env) {
        Properties p = new Properties();
        try (InputStream in = SettingsLoader.class.getResourceAsStream("/dmp.properties")) {
            if (in == null) {
                throw new IllegalStateException("dmp.properties is missing from the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default settings", e);
        }
        if (file != null) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new SettingsException("cannot read settings file " + file + ": " + e.getMessage());
            }
        }
        for (String key : p.stringPropertyNames()) {
            String v = env.get("DMP_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
            if (v != null) {
                p.setProperty(key, v);
            }
        }
        return p;
    }

    private static int integer(Properties p, String key) {
        String v = p.getProperty(key, "").trim();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new SettingsException("setting " + key + " must be an integer, found '" + v + "'");
        }
    }

    private static Optional<String> optional(Properties p, String key) {
        String v = p.getProperty(key, "").trim();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
