package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Uses emsodev-sbe37-temperature.json: the API's answer shape with the OBSEA SBE37 values (see NOTICE). */
class EmsodevJsonParserTest {

    private final EmsodevJsonParser parser = new EmsodevJsonParser("SBE37-SIP-P7000-RS232", "sea_water_temperature", "degC");

    @Test
    void observationsBecomeRecordsOfTheCallersParameter() {
        Parsed p = Parsed.file(parser, "emsodev-sbe37-temperature.json");

        p.assertEveryLineAccountedFor(5);
        assertThat(p.records()).extracting(RawRecord::time).containsExactly(
                Instant.parse("2017-02-01T14:10:34Z"), Instant.parse("2017-02-01T14:10:44Z"),
                Instant.parse("2017-02-01T14:10:54Z"), Instant.parse("2017-02-01T14:11:04Z"),
                Instant.parse("2017-02-01T14:11:14Z"));
        assertThat(p.records()).extracting(r -> r.measurement("TEMP").value())
                .containsExactly(13.1436, 13.1437, 13.1434, 13.1433, 13.1430);
        assertThat(p.records().get(0).instrument()).isEqualTo("SBE37-SIP-P7000-RS232");
        assertThat(p.records().get(0).measurements()).containsExactly(Measurement.of("TEMP", 13.1436, "degC"));
    }

    @Test
    void badObservationsAreRejectedAndTheRestStillRead() {
        String json = """
                {"count": 5, "observations": [
                  {"phenomenonTime": 1485958234, "value": "13.1436"},
                  {"phenomenonTime": 1485958244, "value": null},
                  {"phenomenonTime": "yesterday", "value": 13.1},
                  {"phenomenonTime": 1485958264, "value": "n/a"},
                  {"phenomenonTime": 1485958274, "value": 13.1430, "extra": {"nested": [1, 2]}}
                ]}""";

        Parsed p = Parsed.text(parser, json);

        p.assertEveryLineAccountedFor(5);
        assertThat(p.records()).extracting(RawRecord::lineNumber).containsExactly(1L, 5L);
        assertThat(p.rejected()).extracting(Rejected::reason).containsExactly(
                "value is missing", "phenomenonTime is missing or not a number of epoch seconds",
                "value is not a number: 'n/a'");
    }

    @Test
    void truncatedJsonRejectsTheRemainderInsteadOfThrowing() {
        Parsed p = Parsed.text(parser, "{\"observations\":[{\"phenomenonTime\":1485958234,\"value\":13.1436},{\"phenomenonTime\":14859");

        assertThat(p.records()).hasSize(1);
        assertThat(p.rejected()).singleElement().satisfies(r -> {
            assertThat(r.lineNumber()).isEqualTo(2);
            assertThat(r.reason()).startsWith("malformed JSON");
        });
    }
}
