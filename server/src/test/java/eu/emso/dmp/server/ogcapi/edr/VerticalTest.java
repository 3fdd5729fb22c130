package eu.emso.dmp.server.ogcapi.edr;

import static eu.emso.dmp.server.ogcapi.OgcApiServer.exception;
import static eu.emso.dmp.server.ogcapi.OgcApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OGC API - EDR 1.1 {@code z} (OGC 19-086r6, 8.2.3 and /req/edr/z-definition, z-response): the
 * depth of a series (the Datastream's {@code properties.depth}, else its Thing's) is its vertical
 * position; {@code z} as one level, a list, an interval or a repeating interval selects series by
 * it, and CoverageJSON gives such a series a {@code z} axis with a vertical CRS. The OBSEA TEMP
 * series is at 20 m, PSAL at 35 m; W1M3A has no depth.
 */
class VerticalTest {
    private static String position() {
        return "/collections/platform-" + EdrCoreTest.obsea() + "/position?coords="
                + URLEncoder.encode("POINT(1.7527 41.1819)", StandardCharsets.UTF_8);
    }

    private static List<String> parameters(String z) {
        JsonNode cov = json(position() + "&z=" + URLEncoder.encode(z, StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        cov.path("coverages").forEach(c -> c.path("ranges").fieldNames().forEachRemaining(n -> {
            if (!n.endsWith("_qc")) {
                out.add(n + "@" + c.path("domain").path("axes").path("z").path("values").get(0).asDouble());
            }
        }));
        return out;
    }

    @Test
    @DisplayName("/req/edr/z-response: a level, a list, an interval and a repeating interval select by depth")
    void zSelectsSeriesByDepth() {
        assertThat(parameters("20")).containsExactly("TEMP@20.0");
        assertThat(parameters("20,35")).containsExactlyInAnyOrder("TEMP@20.0", "PSAL@35.0");
        assertThat(parameters("0/30")).containsExactly("TEMP@20.0");
        assertThat(parameters("30/50")).containsExactly("PSAL@35.0");
        assertThat(parameters("R5/0/10")).as("levels 0, 10, 20, 30, 40").containsExactly("TEMP@20.0");
        assertThat(parameters("R4/5/10")).as("levels 5, 15, 25, 35").containsExactly("PSAL@35.0");
        assertThat(parameters("100")).isEmpty();
    }

    @Test
    @DisplayName("CoverageJSON: a series with a depth has a z axis and a VerticalCRS; one without has none")
    void verticalAxis() {
        JsonNode cov = json("/collections/platforms/area?coords="
                + URLEncoder.encode("POLYGON((0 35,15 35,15 45,0 45,0 35))", StandardCharsets.UTF_8));
        int withZ = 0;
        int without = 0;
        for (JsonNode c : cov.path("coverages")) {
            JsonNode z = c.path("domain").path("axes").path("z");
            if (z.isMissingNode()) {
                without++;
            } else {
                withZ++;
                assertThat(z.path("values").size()).isEqualTo(1);
            }
        }
        assertThat(withZ).as("OBSEA TEMP and PSAL").isEqualTo(2);
        assertThat(without).as("W1M3A TEMP").isEqualTo(1);
        JsonNode vertical = null;
        for (JsonNode r : cov.path("referencing")) {
            if (r.path("coordinates").toString().contains("\"z\"")) {
                vertical = r.path("system");
            }
        }
        assertThat(vertical).as("a referencing of z").isNotNull();
        assertThat(vertical.path("type").asText()).isEqualTo("VerticalCRS");
        assertThat(vertical.path("cs").path("csAxes").get(0).path("direction").asText()).isEqualTo("down");
    }

    @Test
    @DisplayName("/req/edr/z-definition: a z that is not a level, list, interval or Rn/start/step is a 400 exception")
    void badZ() {
        String q = position() + "&z=";
        for (String bad : List.of("deep", "10/", "50/10", "1/2/3", "R0/0/10", "Rfive/0/10", "R5/0", "NaN")) {
            JsonNode e = exception(q + URLEncoder.encode(bad, StandardCharsets.UTF_8), 400);
            assertThat(e.path("description").asText()).as(bad).contains("z");
        }
    }
}
