package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Uses azores-egim-synthetic.csv, a synthetic fixture in the SEANOE Azores EGIM layout (see NOTICE). */
class AzoresEgimCsvParserTest {

    private final AzoresEgimCsvParser parser = new AzoresEgimCsvParser();

    @Test
    void headerLinesAreSkippedAndDamagedRowsRejected() throws IOException {
        String file = "azores-egim-synthetic.csv";
        Parsed p = Parsed.file(parser, file);

        p.assertEveryLineAccountedFor(Parsed.lineCount(file));
        assertThat(p.skipped()).extracting(Skipped::reason).containsExactly("title line", "column header", "units line");
        assertThat(p.rejected()).extracting(Rejected::lineNumber).containsExactly(7L, 8L, 9L);
        assertThat(p.rejected()).extracting(Rejected::reason).containsExactly(
                "TEMPERATURE is not a number: '4.42x'", "expected 11 fields, found 10",
                "unparseable DATE or TIME: '32/09/2017'");
        assertThat(p.records()).extracting(RawRecord::lineNumber).containsExactly(4L, 5L, 6L, 10L);
        assertThat(p.metadata(Metadata.FILE).attributes()).containsEntry("title", "EGIM Azores Momar - synthetic test fixture");
    }

    @Test
    void columnsBecomeOceanSitesCodesWithTheUnitsOfTheUnitsLine() {
        RawRecord first = Parsed.file(parser, "azores-egim-synthetic.csv").records().get(0);

        assertThat(first.time()).isEqualTo(Instant.parse("2017-09-15T00:00:00Z"));
        assertThat(first.measurements()).containsExactly(
                Measurement.of("TEMP", 4.4205, "°C"), Measurement.of("CNDC", 3.2104, "S/m"),
                Measurement.of("PRES", 1699.52, "dbar"), Measurement.of("PSAL", 34.9712, "PSU"),
                Measurement.of("SVEL", 1499.86, "m/s"), Measurement.of("DOX2", 239.51, "µmol/l"),
                Measurement.of("OSAT", 68.12, "%"), Measurement.of("TUR4", 0.112, "NTU"),
                Measurement.of("PRES", 2498.41, "psia"));
    }

    @Test
    void emptyCellsAreLeftOutAndDecimalCommasRead() {
        Parsed p = Parsed.file(parser, "azores-egim-synthetic.csv");

        assertThat(p.records().get(2).measurements()).extracting(Measurement::parameter)
                .doesNotContain("DOX2", "OSAT").hasSize(7);
        RawRecord last = p.records().get(3);
        assertThat(last.time()).isEqualTo(Instant.parse("2017-09-15T01:30:00Z"));
        assertThat(last.measurement("TEMP").value()).isEqualTo(4.4188);
        assertThat(last.measurement("TUR4").value()).isEqualTo(0.115);
    }
}
