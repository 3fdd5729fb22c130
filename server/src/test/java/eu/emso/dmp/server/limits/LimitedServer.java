package eu.emso.dmp.server.limits;

import eu.emso.dmp.server.config.SettingsLoader;
import eu.emso.dmp.server.testing.TestServer;
import java.util.HashMap;
import java.util.Map;

/**
 * A test server with MQTT on free ports, configured through the settings keys (as environment
 * variables, e.g. {@code DMP_HTTP_BODY_MAX}), holding the {@link Entities} fixture, with a
 * database connection for row counts. Close it to stop all.
 */
record LimitedServer(TestServer server, Entities data, Rows rows) implements AutoCloseable {

    static LimitedServer start(Map<String, String> settings) throws Exception {
        TestServer server = TestServer.withSettings(dir -> {
            Map<String, String> env = new HashMap<>(Map.of("DMP_HTTP_PORT", "0", "DMP_MQTT_PORT", "0",
                    "DMP_MQTT_WS_PORT", "-1", "DMP_DATA_DIR", dir.toString(), "DMP_DB_POOL", "8",
                    "DMP_AUTH_WRITES", "open"));
            env.putAll(settings);
            return SettingsLoader.load(null, env);
        });
        try {
            return new LimitedServer(server, Entities.create(server), Rows.open(server.dataDir()));
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            rows.close();
        } finally {
            server.close();
        }
    }
}
