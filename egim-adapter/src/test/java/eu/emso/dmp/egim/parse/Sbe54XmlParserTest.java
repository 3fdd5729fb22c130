package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class Sbe54XmlParserTest {

    private final Sbe54XmlParser parser = new Sbe54XmlParser("54-0049");

    @Test
    void theRealSampleBecomesOnePressureRecordCoveringItsLines() throws IOException {
        String file = "sbe54-sample.xml";
        Parsed p = Parsed.file(parser, file);

        p.assertEveryLineAccountedFor(Parsed.lineCount(file));
        assertThat(p.outcomes()).singleElement().isInstanceOf(RawRecord.class);
        RawRecord r = p.records().get(0);
        assertThat(r.lineNumber()).isEqualTo(1);
        assertThat(r.lineSpan()).isEqualTo(5);
        assertThat(r.time()).isEqualTo(Instant.parse("2012-11-07T12:21:25Z"));
        assertThat(r.sensorId()).isEqualTo("54-0049");
        assertThat(r.measurements()).containsExactly(
                Measurement.of("PRES", 13.9669, "psia"), Measurement.of("PTEMP", 18.9047, "degC"));
    }

    @Test
    void aStreamOfSamplesWithNoiseAndDamageIsAccountedForUnitByUnit() {
        String stream = """
                S>
                <Sample Num='5947' Type='Pressure'><Time>2012-11-07T12:21:25</Time><PressurePSI>13.9669</PressurePSI><PTemp>18.9047</PTemp></Sample>
                <Sample Num='5948' Type='Pressure'>
                <Time>2012-11-07T12:21:26</Time>
                <PressurePSI>13.96x0</PressurePSI>
                </Sample>
                <Sample Num='5949' Type='Pressure'><Time>2012-11-07T12:21:27<PressurePSI>13.9671</PressurePSI></Sample>

                <Sample Num='5950' Type='Pressure'><Time>2012-11-07T12:21:28</Time><PressurePSI>13.9672</PressurePSI></Sample>
                <Sample Num='5951' Type='Pressure'>
                """;

        Parsed p = Parsed.text(parser, stream);

        p.assertEveryLineAccountedFor(stream.lines().count());
        assertThat(p.records()).extracting(r -> r.measurement("PRES").value()).containsExactly(13.9669, 13.9672);
        assertThat(p.rejected()).extracting(Rejected::lineNumber).containsExactly(3L, 7L, 10L);
        assertThat(p.rejected().get(0).reason()).isEqualTo("PressurePSI is not a number: '13.96x0'");
        assertThat(p.rejected().get(1).reason()).startsWith("malformed XML");
        assertThat(p.rejected().get(2).reason()).isEqualTo("input ends inside a <Sample> element");
        assertThat(p.skipped()).extracting(Skipped::lineNumber).containsExactly(1L, 8L);
    }
}
