package eu.emso.dmp.server.sos.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.emso.dmp.server.sos.support.SosFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OWSLib (Debian {@code python3-owslib}, run by {@code /usr/bin/python3}) reads the capabilities
 * and the observations of a test server: the client library many ocean data tools use.
 */
class OwsLibTest {
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    /**
     * OWSLib parses the capabilities (offerings, procedures, time, every operation registered) and
     * the O&amp;M measurements of GetObservation. OWSLib 0.27 (Debian) has no GetFeatureOfInterest
     * call of its own; it sees the operation in the capabilities.
     */
    @Test
    void owslibReadsCapabilitiesAndObservations() throws Exception {
        JsonNode out = run(sos.serviceUrl(), "SBE37_data", SosFixture.TEMP);
        assertThat(out.path("title").asText()).contains("Sensor Observation Service");
        assertThat(out.path("offerings").toString()).contains("SBE37_data", "4831-606_data");
        assertThat(out.path("procedures").get(0).asText()).isEqualTo("37-14998");
        assertThat(out.path("observed_properties").toString()).contains(SosFixture.TEMP, SosFixture.CNDC);
        assertThat(out.path("begin").asText()).startsWith("2014-02-01T00:00:00");
        assertThat(out.path("operations").toString()).contains("GetObservation", "DescribeSensor",
                "GetFeatureOfInterest", "GetObservationById", "GetDataAvailability", "InsertSensor", "GetResult");
        assertThat(out.path("count").asInt()).isEqualTo(10);
        assertThat(out.path("first_value").asDouble()).isEqualTo(13.0);
        assertThat(out.path("first_uom").asText()).isEqualTo("degC");
        assertThat(out.path("first_time").asText()).startsWith("2014-02-01T00:00:00");
        assertThat(out.path("first_procedure").asText()).isEqualTo("37-14998");
    }

    private static JsonNode run(String... args) throws IOException, InterruptedException {
        Path script = Files.createTempFile("owslib", ".py");
        try (var in = OwsLibTest.class.getResourceAsStream("/sos/owslib_client.py")) {
            Files.write(script, in.readAllBytes());
        }
        Path output = Files.createTempFile("owslib", ".out");
        try {
            String[] cmd = new String[args.length + 2];
            cmd[0] = "/usr/bin/python3";
            cmd[1] = script.toString();
            System.arraycopy(args, 0, cmd, 2, args.length);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("OWSLib finished in time").isTrue();
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(text).isZero();
            return new ObjectMapper().readTree(text.lines().reduce((a, b) -> b).orElse("{}"));
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(output);
        }
    }
}
