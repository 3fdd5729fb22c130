package eu.emso.dmp.conformance.sos20;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.emso.dmp.conformance.sta11.support.OceanDataSet;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SOS 2.0 Core as a client sees it: OWSLib (Debian {@code python3-owslib} under
 * {@code /usr/bin/python3}) reads the capabilities and the O&amp;M observations of the loaded
 * server with the script the server's own SOS tests run ({@code sos/owslib_client.py}).
 */
class OwsLibClientTest extends SosServerTest {

    @Test
    @DisplayName("OWSLib reads the offering, its procedure and properties, and every TEMP measurement with its unit")
    void owslibReadsTheDataSet() throws Exception {
        JsonNode out = owslib(sos.service().toString(), OFFERING, TEMP);
        assertThat(out.path("offerings").toString()).contains(OFFERING);
        assertThat(out.path("procedures").get(0).asText()).isEqualTo(PROCEDURE);
        assertThat(out.path("observed_properties").toString()).contains(TEMP, PSAL);
        assertThat(out.path("operations").toString()).contains("GetObservation", "DescribeSensor", "GetResult");
        assertThat(out.path("count").asInt()).isEqualTo(OceanDataSet.OBSEA_TEMP.size() + OceanDataSet.W1M3A_TEMP.size());
        assertThat(out.path("first_value").asDouble()).isEqualTo(OceanDataSet.OBSEA_TEMP.value(0).doubleValue());
        assertThat(out.path("first_uom").asText()).isEqualTo("degC");
    }

    private static JsonNode owslib(String... args) throws Exception {
        Path dir = Files.createTempDirectory("owslib");
        Path script = dir.resolve("client.py");
        Path output = dir.resolve("out.txt");
        try (InputStream in = OwsLibClientTest.class.getResourceAsStream("/sos/owslib_client.py")) {
            assertThat(in).as("the OWSLib client script of the server's tests").isNotNull();
            Files.write(script, in.readAllBytes());
        }
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
            Files.deleteIfExists(dir);
        }
    }
}
