package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector();

    @ParameterizedTest
    @CsvSource({
        "20150330.dosta1.first1500.log, aanderaa-4831",
        "20041225.dosta4.log, aanderaa-4831",
        "sbe54-sample.xml, sbe54-xml",
        "MO_TS_MO_OBSEA_201402.csv, oceansites-csv",
        "OS_W1M3A_20250728_R_SIMPLIFIED.nc, oceansites-netcdf",
        "OS_W1M3A_20250729_R_SIMPLIFIED.nc, oceansites-netcdf",
        "sbe37-synthetic.txt, sbe37-ascii",
        "eco-ntu-synthetic.txt, eco-ntu",
        "azores-egim-synthetic.csv, azores-egim-csv",
        "emsodev-sbe37-temperature.json, emsodev-json"
    })
    void eachSampleIsDetectedAsItsFormat(String sample, String format) throws IOException {
        assertThat(detector.detect(Parsed.sample(sample))).contains(format);
    }

    @Test
    void contentWinsOverAMisleadingName() {
        byte[] sbe37 = "# 13.1436,  4.21000,   20.170,   37.9583, 1506.948, 01 Feb 2017, 14:10:34\n"
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(detector.detect("data.xml", sbe37)).contains(Formats.SBE37_ASCII);
    }

    @Test
    void theNameDecidesOnlyWhenContentIsUnknown() {
        byte[] unknown = "hello\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(detector.detect("export.nc", unknown)).contains(Formats.OCEANSITES_NETCDF);
        assertThat(detector.detect("notes.txt", unknown)).isEmpty();
    }
}
