package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uses sbe37-synthetic.txt, a synthetic fixture in SBE37 OutputFormat 1 (see NOTICE). */
class Sbe37AsciiParserTest {

    private final Sbe37AsciiParser parser = new Sbe37AsciiParser();

    @Test
    void everyLineOfTheFixtureHasOneOutcome() throws IOException {
        String file = "sbe37-synthetic.txt";
        Parsed p = Parsed.file(parser, file);

        p.assertEveryLineAccountedFor(Parsed.lineCount(file));
        assertThat(p.records()).extracting(RawRecord::lineNumber).containsExactly(3L, 4L, 5L, 10L);
        assertThat(p.skipped()).extracting(Skipped::lineNumber).containsExactly(1L, 2L, 9L, 11L);
        assertThat(p.rejected()).extracting(Rejected::reason).containsExactly(
                "CNDC is not a number: '4.20*98'",
                "expected 7 fields, found 5",
                "unparseable date or time: '31 Feb 2017'");
    }

    @Test
    void sampleFieldsMapToOceanSitesCodesInEngineeringUnits() {
        Parsed p = Parsed.file(parser, "sbe37-synthetic.txt");

        RawRecord first = p.records().get(0);
        assertThat(first.time()).isEqualTo(Instant.parse("2017-02-01T14:10:34Z"));
        assertThat(first.measurements()).containsExactly(
                Measurement.of("TEMP", 13.1436, "degC"), Measurement.of("CNDC", 4.21, "S/m"),
                Measurement.of("PRES", 20.170, "dbar"), Measurement.of("PSAL", 37.9583, "PSU"),
                Measurement.of("SVEL", 1506.948, "m/s"));
        RawRecord last = p.records().get(3);
        assertThat(last.time()).isEqualTo(Instant.parse("2017-02-01T14:11:24Z"));
        assertThat(last.measurement("TEMP").value()).isEqualTo(13.1431);
    }

    @Test
    void aConfiguredLayoutWithoutSoundVelocityIsHonoured() {
        Sbe37AsciiParser noSv = new Sbe37AsciiParser(List.of(new Sbe37AsciiParser.Column("TEMP", "degC"),
                new Sbe37AsciiParser.Column("CNDC", "S/m"), new Sbe37AsciiParser.Column("PRES", "dbar"),
                new Sbe37AsciiParser.Column("PSAL", "PSU")), "37-14998");

        Parsed p = Parsed.text(noSv, "13.1436, 4.21000, 20.170, 37.9583, 01 Feb 2017, 14:10:34\n");

        assertThat(p.records()).singleElement().satisfies(r -> {
            assertThat(r.sensorId()).isEqualTo("37-14998");
            assertThat(r.measurements()).extracting(Measurement::parameter).containsExactly("TEMP", "CNDC", "PRES", "PSAL");
        });
    }

    @Test
    void anOverlongLineIsRejectedWithoutHoldingItAll() {
        String huge = "# " + "1".repeat(LineSource.MAX_LINE * 2) + "\n# 13.1436,  4.21000,   20.170,   37.9583, 1506.948, 01 Feb 2017, 14:10:34\n";

        Parsed p = Parsed.text(parser, huge);

        assertThat(p.rejected()).singleElement().satisfies(r -> {
            assertThat(r.lineNumber()).isEqualTo(1);
            assertThat(r.rawText()).hasSize(LineSource.MAX_LINE);
            assertThat(r.reason()).startsWith("line longer than");
        });
        assertThat(p.records()).singleElement().extracting(RawRecord::lineNumber).isEqualTo(2L);
    }
}
