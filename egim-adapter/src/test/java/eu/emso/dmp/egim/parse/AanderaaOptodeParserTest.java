package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AanderaaOptodeParserTest {

    private final AanderaaOptodeParser parser = new AanderaaOptodeParser();

    @Test
    void realLogWithGarbledPowerOnBytesIsFullyAccountedFor() throws IOException {
        String file = "20150330.dosta1.first1500.log";
        Parsed p = Parsed.file(parser, file);

        p.assertEveryLineAccountedFor(Parsed.lineCount(file));
        // 1500 lines: 33 logger start/stop messages, 17 samples preceded by serial noise at power-on
        assertThat(p.skipped()).hasSize(33).allSatisfy(s -> assertThat(s.reason()).isEqualTo("logger message"));
        assertThat(p.rejected()).hasSize(17).allSatisfy(r -> assertThat(r.reason()).contains("garbled"));
        assertThat(p.records()).hasSize(1450);
        assertThat(p.rejected().get(0).lineNumber()).isEqualTo(2);
    }

    @Test
    void firstAndLastSamplesCarryOxygenSaturationAndTemperature() {
        Parsed p = Parsed.file(parser, "20150330.dosta1.first1500.log");

        RawRecord first = p.records().get(0);
        assertThat(first.lineNumber()).isEqualTo(3);
        assertThat(first.time()).isEqualTo(Instant.parse("2015-03-30T00:00:15.376Z"));
        assertThat(first.instrument()).isEqualTo("4831");
        assertThat(first.sensorId()).isEqualTo("379");
        assertThat(first.measurement("DOX2")).isEqualTo(Measurement.of("DOX2", 354.255, "umol/L"));
        assertThat(first.measurement("OSAT")).isEqualTo(Measurement.of("OSAT", 94.962, "%"));
        assertThat(first.measurement("TEMP")).isEqualTo(Measurement.of("TEMP", 7.658, "degC"));

        RawRecord last = p.records().get(p.records().size() - 1);
        assertThat(last.lineNumber()).isEqualTo(1500);
        assertThat(last.time()).isEqualTo(Instant.parse("2015-03-30T04:02:11.794Z"));
        assertThat(last.measurement("DOX2").value()).isEqualTo(354.169);
        assertThat(last.measurement("OSAT").value()).isEqualTo(94.892);
        assertThat(last.measurement("TEMP").value()).isEqualTo(7.637);
    }

    @Test
    void loggerMetadataLinesAreSkippedInTheGeneratedLog() throws IOException {
        String file = "20041225.dosta4.log";
        Parsed p = Parsed.file(parser, file);

        p.assertEveryLineAccountedFor(Parsed.lineCount(file));
        assertThat(p.skipped()).hasSize(8);
        assertThat(p.rejected()).isEmpty();
        assertThat(p.records()).hasSize(500);
        RawRecord last = p.records().get(499);
        assertThat(last.time()).isEqualTo(Instant.parse("2004-12-25T11:05:58.572Z"));
        assertThat(last.sensorId()).isEqualTo("666");
        assertThat(last.measurement("DOX2").value()).isEqualTo(500.0);
        assertThat(last.measurement("TEMP").value()).isEqualTo(100.0);
    }

    @Test
    void plainOptodeOutputHasNoTime() {
        Parsed p = Parsed.text(parser, "4831\t606\t240.125\t98.120\t13.250\t33.0\t33.0\t41.4\t8.4\t738.9\t794.9\t448.6\r\n");

        assertThat(p.records()).singleElement().satisfies(r -> {
            assertThat(r.time()).isNull();
            assertThat(r.sensorId()).isEqualTo("606");
            assertThat(r.measurement("DOX2").value()).isEqualTo(240.125);
        });
    }

    @Test
    void damagedSamplesAreRejectedWithTheReason() {
        Parsed p = Parsed.text(parser, """
                2015/03/30 00:00:15.376 4831\t379\t354.255\t94.962\t7.658
                2015/03/30 00:00:17.375 4831\t379\t354.2x0\t94.963\t7.659\t32.971\t32.971\t41.371\t8.399\t738.5\t796.8\t448.5
                2015/13/30 00:00:19.375 4831\t379\t354.255\t94.968\t7.660\t32.970\t32.970\t41.370\t8.399\t738.4\t796.1\t448.5
                """);

        assertThat(p.rejected()).extracting(Rejected::reason).containsExactly(
                "expected 12 tab-separated fields, found 5",
                "O2 concentration is not a number: '354.2x0'",
                "unparseable logger timestamp '2015/13/30 00:00:19.375'");
    }
}
