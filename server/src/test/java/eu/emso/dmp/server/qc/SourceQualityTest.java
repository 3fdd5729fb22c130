package eu.emso.dmp.server.qc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import org.junit.jupiter.api.Test;

/** Flags from the source: kept as sent, mapped to QARTOD where the scheme defines a mapping. */
class SourceQualityTest {

    @Test
    void oceanSitesFlagsMapToQartodWhereAMappingExists() throws Exception {
        int[][] expected = {{0, 2}, {1, 1}, {2, 1}, {3, 3}, {4, 4}, {9, 9}};
        for (int[] e : expected) {
            assertThat(members("{\"source_qc\": " + e[0] + ", \"source_qc_scheme\": \"OceanSITES\"}")
                    .get("source_qartod").asInt()).as("OceanSITES %d", e[0]).isEqualTo(e[1]);
        }
        for (int noMapping : new int[] {5, 6, 7, 8}) {
            JsonNode m = members("{\"source_qc\": " + noMapping + ", \"source_qc_scheme\": \"OceanSITES\"}");
            assertThat(m.has("source_qartod")).isFalse();
            assertThat(m.get("source_qc").asInt()).isEqualTo(noMapping);
        }
    }

    @Test
    void textFlagsOtherSchemesAndUnknownSchemes() throws Exception {
        assertThat(members("{\"source_qc\": \"4\", \"source_qc_scheme\": \"Copernicus\"}").get("source_qartod").asInt())
                .isEqualTo(4);
        assertThat(members("{\"source_qc\": 3, \"source_qc_scheme\": \"QARTOD\"}").get("source_qartod").asInt())
                .isEqualTo(3);
        JsonNode unknown = members("{\"source_qc\": 3, \"source_qc_scheme\": \"in-house\"}");
        assertThat(unknown.has("source_qartod")).isFalse();
        assertThat(unknown.get("source_qc_scheme").asText()).isEqualTo("in-house");
    }

    @Test
    void depthFromParametersAndNothingForPlainObservations() {
        assertThat(SourceQuality.ofNew("{\"depth\": 12.5}", null).depth()).isEqualTo(12.5);
        assertThat(SourceQuality.ofNew(null, null)).isEqualTo(SourceQuality.NONE);
        assertThat(SourceQuality.ofNew("{\"sensor\": \"37-14998\"}", null).members()).isEmpty();
    }

    @Test
    void storedQualityKeepsOnlyWhatTheSourceSent() throws Exception {
        SourceQuality s = SourceQuality.ofStored(null,
                "{\"qc_flag\": 4, \"qartod\": {\"spike_test\": 4}, \"source_quality\": {\"by\": \"operator\"}}");
        JsonNode m = Json.mapper().readTree("{" + s.members().substring(1) + "}");
        assertThat(m).isEqualTo(Json.mapper().readTree("{\"source_quality\": {\"by\": \"operator\"}}"));
    }

    private static JsonNode members(String parameters) throws Exception {
        String members = SourceQuality.ofNew(parameters, null).members();
        return Json.mapper().readTree("{" + members.substring(1) + "}");
    }
}
