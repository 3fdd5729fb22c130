package eu.emso.dmp.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal in Firefox (the Debian package {@code firefox-esr}), driven over WebDriver BiDi by
 * Puppeteer ({@code src/test/firefox/portal.mjs}, installed with npm from its lock file into
 * {@code target/firefox-driver}): the map and its search, a platform page with its plot and QC
 * flags, hiding bad values, and a live value over MQTT. Skipped when Firefox ESR, Node.js or npm
 * is not installed.
 */
class PortalFirefoxTest {
    private static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");
    private static final Path SCRIPTS = Path.of("src", "test", "firefox");
    private static final Path DRIVER = Path.of("target", "firefox-driver");
    private static PortalServer server;
    private static DemoLikeData data;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(FIREFOX) && runs("node", "--version") && runs("npm", "--version"),
                "Firefox tests skipped: install firefox-esr, nodejs and npm");
        installDriver();
        server = PortalServer.start();
        data = DemoLikeData.load(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Puppeteer at the version of the lock file, once per build directory. */
    private static void installDriver() throws IOException, InterruptedException {
        Files.createDirectories(DRIVER);
        for (String f : List.of("package.json", "package-lock.json", "portal.mjs")) {
            Files.copy(SCRIPTS.resolve(f), DRIVER.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(DRIVER.resolve("node_modules").resolve("puppeteer-core"))) {
            return;
        }
        Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        assertThat(npm.exit()).as("npm ci in %s:%n%s", DRIVER, npm.output()).isZero();
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, int seconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(DRIVER.toFile()).redirectErrorStream(true);
        pb.environment().putAll(Map.of("PUPPETEER_SKIP_DOWNLOAD", "1", "NO_COLOR", "1"));
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
            } catch (IOException e) {
                lines.add("(output not read: " + e.getMessage() + ")");
            }
        });
        reader.start();
        boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
            lines.add("(stopped after " + seconds + " s)");
        }
        reader.join(10_000);
        return new Result(ended ? p.exitValue() : -1, String.join("\n", lines));
    }

    @Test
    void thePortalWorksInFirefox() throws Exception {
        Instant live = DemoLikeData.START.plusSeconds(600L * DemoLikeData.ALPHA_COUNT);
        Result r = run(List.of("node", "portal.mjs", server.url(), String.valueOf(data.alphaThing),
                String.valueOf(data.alphaTemperature), String.valueOf(DemoLikeData.ALPHA_COUNT),
                String.valueOf(DemoLikeData.THINGS), FIREFOX.toString(), live.toString()), 180);
        System.out.println("portal in Firefox:\n" + r.output());
        assertThat(r.output()).as("the checks of portal.mjs").doesNotContain("FAILED")
                .contains("browser firefox/", "map: ", "search: ", "plot: ", "hide bad: ", "live: ");
        assertThat(r.exit()).isZero();
    }
}
