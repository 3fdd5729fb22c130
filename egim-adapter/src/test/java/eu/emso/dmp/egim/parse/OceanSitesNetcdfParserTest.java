package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The W1M3A files hold 4 time steps (every 6 h) at 4 depths (0, 6, 20, 36 m), all variables
 * shaped (TIME, DEPTH): 16 data points, of which the 36 m ones hold only fill values.
 */
class OceanSitesNetcdfParserTest {

    private static final String FILE = "OS_W1M3A_20250728_R_SIMPLIFIED.nc";

    private final OceanSitesNetcdfParser parser = new OceanSitesNetcdfParser();

    @Test
    void everyDataPointHasOneOutcome() {
        Parsed p = Parsed.file(parser, FILE);

        p.assertEveryLineAccountedFor(16);
        assertThat(p.records()).hasSize(12);
        assertThat(p.skipped()).hasSize(4).allSatisfy(s -> assertThat(s.rawText()).contains("DEPTH=36.0"));
        assertThat(p.rejected()).isEmpty();
    }

    @Test
    void pointsCarryValuesFlagsDepthAndSensorId() {
        Parsed p = Parsed.file(parser, FILE);

        RawRecord air = p.records().get(0);
        assertThat(air.time()).isEqualTo(Instant.parse("2025-07-28T00:00:00Z"));
        assertThat(air.sensorId()).isEqualTo("Vaisala_HMP155_SNR0230167");
        assertThat(air.measurements()).containsExactly(new Measurement("DRYT", 24.422, "Degrees Celsius", 1, 0.0));

        RawRecord ctd = p.records().get(1);
        assertThat(ctd.sensorId()).isEqualTo("SBE37sm_SN37_1234");
        assertThat(ctd.measurements()).containsExactly(
                new Measurement("TEMP", 25.006, "Degree Celsius", 1, 6.0),
                new Measurement("CNDC", 57.034, "MilliSiemens per centimetre", 1, 6.0),
                new Measurement("PRES", 7.133, "Decibars", 1, 6.0));

        RawRecord last = p.records().get(11);
        assertThat(last.time()).isEqualTo(Instant.parse("2025-07-28T18:00:00Z"));
        assertThat(last.sensorId()).isEqualTo("SBE16plusv2_SN16_50265");
        assertThat(last.measurements()).extracting(Measurement::parameter, Measurement::value, Measurement::depth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TEMP", 20.536, 20.0),
                        org.assertj.core.groups.Tuple.tuple("CNDC", 51.451, 20.0));
    }

    @Test
    void globalAndVariableAttributesAreExposedAsMetadata() {
        Parsed p = Parsed.file(parser, FILE);

        assertThat(p.metadata(Metadata.FILE).attributes())
                .containsEntry("platform_code", "W1M3A")
                .containsEntry("site_code", "W1M3A")
                .containsEntry("institution_edmo_code", "5229");
        assertThat(p.metadata("TEMP").attributes())
                .containsEntry("standard_name", "sea_water_temperature")
                .containsEntry("sdn_parameter_urn", "SDN:P01::TEMPPR01")
                .containsEntry("sdn_uom_urn", "SDN:P06::UPAA")
                .containsEntry("units", "Degree Celsius");
        assertThat(p.metadata()).extracting(Metadata::scope).contains("sensor_id", "TEMP_QC", "DEPTH");
    }

    @Test
    void theSecondDayIsReadFromAStreamLikeFromAFile() throws IOException {
        String second = "OS_W1M3A_20250729_R_SIMPLIFIED.nc";
        Parsed fromStream = new Parsed();
        try (InputStream in = Files.newInputStream(Parsed.sample(second))) {
            parser.parse(in, fromStream.events::add);
        }

        assertThat(fromStream.events).isEqualTo(Parsed.file(parser, second).events);
        RawRecord ctd = fromStream.records().get(1);
        assertThat(ctd.measurement("TEMP").value()).isEqualTo(25.032);
        assertThat(ctd.measurement("PRES").value()).isEqualTo(7.086);
    }

    @Test
    void aFileThatIsNotNetcdfIsOneRejectedUnit() throws IOException {
        Parsed p = new Parsed();
        parser.parse(new ByteArrayInputStream("not a netcdf file".getBytes(StandardCharsets.US_ASCII)), p.events::add);

        assertThat(p.events).singleElement().isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.reason()).startsWith("not a readable NetCDF file"));
    }
}
