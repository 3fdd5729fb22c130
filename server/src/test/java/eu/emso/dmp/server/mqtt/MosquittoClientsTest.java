package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test with the command-line clients of Debian's {@code mosquitto-clients}: what an
 * operator would try first. Skipped when they are not installed.
 */
class MosquittoClientsTest {
    private static TestServer server;
    private static Station obsea;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Commands.find("mosquitto_sub").isPresent() && Commands.find("mosquitto_pub").isPresent(),
                "mosquitto_sub/mosquitto_pub not installed (apt-get install mosquitto-clients); skipping");
        server = TestServer.start();
        obsea = Station.create(server, "OBSEA");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void mosquittoSubPrintsAnObservationWithinASecondOfItsHttpPost() throws Exception {
        String topic = "v1.1/Datastreams(" + obsea.datastream() + ")/Observations";
        List<String> command = new ArrayList<>();
        Optional<String> stdbuf = Commands.find("stdbuf");
        stdbuf.ifPresent(path -> command.addAll(List.of(path, "-oL")));
        command.addAll(List.of(Commands.find("mosquitto_sub").get(), "-h", "localhost",
                "-p", Integer.toString(server.server().mqtt().port()), "-q", "1", "-d", "-C", "1", "-t", topic));
        Process sub = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(sub.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException e) {
                    lines.add("read failed: " + e);
                }
            });
            reader.start();
            // with line-buffered output the SUBACK shows; without stdbuf, allow the subscription a moment
            if (stdbuf.isPresent()) {
                awaitLine(lines, "SUBACK", 10);
            } else {
                Thread.sleep(1_000);
            }
            long id = server.create("Datastreams(" + obsea.datastream() + ")/Observations",
                    Station.observation("2017-02-01T14:10:34Z", 13.1436));
            long posted = System.nanoTime();
            String printed = awaitLine(lines, "{", 1);
            assertThat(System.nanoTime() - posted).isLessThan(TimeUnit.SECONDS.toNanos(1));
            assertThat(printed).contains("\"@iot.id\":" + id).contains("\"result\":13.1436");
        } finally {
            sub.destroy();
        }
    }

    @Test
    void mosquittoPubCreatesAnObservation() throws Exception {
        String topic = "v1.1/Datastreams(" + obsea.datastream() + ")/Observations";
        Process pub = new ProcessBuilder(List.of(Commands.find("mosquitto_pub").get(), "-h", "localhost",
                "-p", Integer.toString(server.server().mqtt().port()), "-q", "1", "-t", topic,
                "-m", Station.observation("2017-02-01T14:20:34Z", 13.2001))).redirectErrorStream(true).start();
        assertThat(pub.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pub.exitValue()).as(new String(pub.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        String query = "Datastreams(" + obsea.datastream() + ")/Observations?$filter=result%20eq%2013.2001";
        long end = System.currentTimeMillis() + 10_000;
        int found = server.get(query).get("value").size();
        while (found == 0 && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            found = server.get(query).get("value").size();
        }
        assertThat(found).isEqualTo(1);
    }

    /** The first line containing {@code text} within {@code seconds}. */
    private static String awaitLine(BlockingQueue<String> lines, String text, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (true) {
            long left = end - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            assertThat(line).as("a line with '%s' from mosquitto_sub", text).isNotNull();
            if (line.contains(text)) {
                return line;
            }
        }
    }
}
