package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Uses eco-ntu-synthetic.txt, a synthetic fixture in the ECO ASCII output format (see NOTICE). */
class EcoNtuParserTest {

    @Test
    void countsStayCountsWithoutCalibration() throws IOException {
        String file = "eco-ntu-synthetic.txt";
        Parsed p = Parsed.file(new EcoNtuParser(), file);

        p.assertEveryLineAccountedFor(Parsed.lineCount(file));
        assertThat(p.records()).extracting(r -> r.measurement("TUR4").value()).containsExactly(95.0, 97.0, 96.0, 98.0);
        assertThat(p.records()).allSatisfy(r -> assertThat(r.measurement("TUR4").unit()).isEqualTo("counts"));
        assertThat(p.records().get(0).time()).isEqualTo(Instant.parse("2017-02-01T14:10:00Z"));
        assertThat(p.rejected()).singleElement().satisfies(r -> {
            assertThat(r.lineNumber()).isEqualTo(5);
            assertThat(r.reason()).isEqualTo("turbidity is not a number: '9x'");
        });
        assertThat(p.skipped()).extracting(Skipped::lineNumber).containsExactly(1L, 7L);
    }

    @Test
    void aCalibrationConvertsCountsToNtu() {
        EcoNtuParser calibrated = new EcoNtuParser(new EcoNtuParser.Calibration(0.0024, 50), "NTURTD-648");

        Parsed p = Parsed.file(calibrated, "eco-ntu-synthetic.txt");

        RawRecord first = p.records().get(0);
        assertThat(first.sensorId()).isEqualTo("NTURTD-648");
        assertThat(first.measurement("TUR4").unit()).isEqualTo("NTU");
        assertThat(first.measurement("TUR4").value()).isCloseTo(0.0024 * (95 - 50), within(1e-12));
    }

    @Test
    void engineeringUnitOutputIsNtuAndTheTurbidityChannelIsFoundAmongOthers() {
        Parsed p = Parsed.text(new EcoNtuParser(), "02/01/17\t14:10:00\t695\t120\t700\t0.731\t554\n");

        assertThat(p.records()).singleElement()
                .satisfies(r -> assertThat(r.measurement("TUR4")).isEqualTo(Measurement.of("TUR4", 0.731, "NTU")));
    }

    @Test
    void aLineWithoutTurbidityChannelIsRejected() {
        Parsed p = Parsed.text(new EcoNtuParser(), "02/01/17 14:10:00 695 120 460 80 554\n");

        assertThat(p.rejected()).singleElement().extracting(Rejected::reason)
                .isEqualTo("no turbidity channel (reference 700)");
    }
}
