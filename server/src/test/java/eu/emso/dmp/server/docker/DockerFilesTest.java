package eu.emso.dmp.server.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.config.SettingsLoader;
import eu.emso.dmp.server.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The image and compose files: a health check on {@code /health/ready} that works (run here
 * against a real server), a user that is not root, volumes, and exposed ports that are the
 * defaults of dmp.properties. hadolint and a real build run where they are installed.
 */
class DockerFilesTest {
    private static final Path DOCKER = Path.of("..", "docker");
    private static final Path DOCKERFILE = DOCKER.resolve("Dockerfile");
    private static final Path COMPOSE = DOCKER.resolve("compose.yaml");

    /** The instructions of the Dockerfile's last stage, continuation lines joined, comments dropped. */
    private static List<String> finalStage() throws IOException {
        List<String> all = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(DOCKERFILE)) {
            String t = line.strip();
            if (t.startsWith("#") || t.isEmpty()) {
                continue;
            }
            if (t.endsWith("\\")) {
                current.append(t, 0, t.length() - 1).append(' ');
                continue;
            }
            all.add(current.append(t).toString());
            current.setLength(0);
        }
        int from = 0;
        for (int i = 0; i < all.size(); i++) {
            from = all.get(i).startsWith("FROM ") ? i : from;
        }
        return all.subList(from, all.size());
    }

    private static List<String> instructions(String keyword) throws IOException {
        return finalStage().stream().filter(i -> i.startsWith(keyword + " "))
                .map(i -> i.substring(keyword.length() + 1).strip()).toList();
    }

    @Test
    void theImageRunsAsAUserOtherThanRootWithAVolume() throws Exception {
        List<String> users = instructions("USER");
        assertThat(users).isNotEmpty();
        assertThat(users.get(users.size() - 1)).isNotIn("root", "0", "0:0");
        assertThat(instructions("VOLUME")).hasSize(1).allSatisfy(v -> assertThat(v).contains("/var/lib/dmp"));
    }

    @Test
    void theExposedPortsAreTheDefaultPorts() throws Exception {
        Properties defaults = SettingsLoader.properties(null, Map.of());
        Set<Integer> exposed = new TreeSet<>();
        for (String e : instructions("EXPOSE")) {
            for (String p : e.split("\\s+")) {
                exposed.add(Integer.parseInt(p.replace("/tcp", "")));
            }
        }
        assertThat(exposed).containsExactlyInAnyOrder(Integer.parseInt(defaults.getProperty("http.port")),
                Integer.parseInt(defaults.getProperty("mqtt.port")), Integer.parseInt(defaults.getProperty("mqtt.ws.port")));

        JsonNode server = new YAMLMapper().readTree(COMPOSE.toFile()).path("services").path("server");
        Set<Integer> published = new TreeSet<>();
        server.path("ports").forEach(p -> published.add(Integer.parseInt(p.asText().replaceAll(".*:", ""))));
        assertThat(published).isEqualTo(exposed);
    }

    @Test
    void composeKeepsDataInVolumesAndStartsTheServerOnceTheDatabaseIsHealthy() throws Exception {
        JsonNode compose = new YAMLMapper().readTree(COMPOSE.toFile());
        JsonNode services = compose.path("services");
        assertThat(services.path("server").path("depends_on").path("db").path("condition").asText())
                .isEqualTo("service_healthy");
        assertThat(services.path("db").path("healthcheck").path("test").isMissingNode()).isFalse();
        for (String service : List.of("server", "db")) {
            assertThat(services.path(service).path("volumes")).as(service).isNotEmpty();
            String volume = services.path(service).path("volumes").get(0).asText().replaceAll(":.*", "");
            assertThat(compose.path("volumes").has(volume)).as(volume).isTrue();
        }
    }

    @Test
    void theHealthCheckAsksReadinessAndPassesAgainstARunningServer() throws Exception {
        List<String> checks = instructions("HEALTHCHECK");
        assertThat(checks).hasSize(1);
        String check = checks.get(0);
        assertThat(check).contains("/health/ready");
        JsonNode cmd = Json.mapper().readTree(check.substring(check.indexOf("CMD ") + 4));
        List<String> command = new ArrayList<>();
        cmd.forEach(c -> command.add(c.asText()));
        try (TestServer server = TestServer.start(null)) {
            String port = server.url().replaceAll(".*:", "");
            List<String> here = command.stream().map(c -> c.replace("127.0.0.1/8080", "127.0.0.1/" + port)).toList();
            Process p = new ProcessBuilder(here).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
        }
    }

    @Test
    void hadolintFindsNothing() throws Exception {
        Assumptions.assumeTrue(onPath("hadolint"), "hadolint is not installed here (no registry reached here"
                + " packages it): the Dockerfile is checked by the other tests of this class only");
        Process p = new ProcessBuilder("hadolint", DOCKERFILE.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void composeBuildsAndStartsHealthy() throws Exception {
        Assumptions.assumeTrue(dockerDaemon(), "no Docker daemon answers here: the image is not built");
        List<String> compose = List.of("docker", "compose", "-f", COMPOSE.toString());
        try {
            assertThat(run(compose, "up", "-d", "--build", "--wait")).isZero();
        } finally {
            run(compose, "down", "-v");
        }
    }

    private static int run(List<String> base, String... args) throws Exception {
        List<String> c = new ArrayList<>(base);
        c.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(c).inheritIO();
        b.environment().put("DMP_DB_PASSWORD", "compose-test");
        Process p = b.start();
        return p.waitFor(20, TimeUnit.MINUTES) ? p.exitValue() : -1;
    }

    private static boolean dockerDaemon() {
        try {
            Process p = new ProcessBuilder("docker", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
