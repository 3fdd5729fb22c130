package eu.emso.dmp.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.testing.ChildServer;
import eu.emso.dmp.server.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A first start of {@code dmp serve} (database created, MQTT on) logs no warning and no error. */
class CleanStartTest {

    @Test
    void aFirstStartLogsNoWarningOrError() throws Exception {
        Path dir = TempDirs.create("clean-start-");
        Path log = dir.resolve("server.log");
        try (ChildServer server = ChildServer.start(dir.resolve("data"), log,
                Map.of("DMP_MQTT_ENABLED", "true", "DMP_MQTT_PORT", "0", "DMP_MQTT_WS_PORT", "0",
                        "DMP_AUTH_WRITES", "authorised"))) { // as a first start: the default, no accounts yet
            List<String> lines = Files.readAllLines(log);
            for (int i = 0; i < 100 && lines.stream().noneMatch(l -> l.contains("EMSO DMP server ready")); i++) {
                Thread.sleep(100); // healthy just before it prints where it listens
                lines = Files.readAllLines(log);
            }
            assertThat(lines).as("startup log").anyMatch(l -> l.contains("EMSO DMP server ready"));
            assertThat(lines).as("startup log").noneMatch(l -> l.matches(".*\\b(WARN|ERROR|WARNING|SEVERE)\\b.*"));
        } finally {
            TempDirs.delete(dir);
        }
    }
}
