package eu.emso.dmp.qc.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.emso.dmp.qc.QcConfig;
import eu.emso.dmp.qc.QcResult;
import eu.emso.dmp.qc.QcRunner;
import eu.emso.dmp.qc.QcSeries;
import eu.emso.dmp.qc.QcTest;
import eu.emso.dmp.qc.flag.QartodFlag;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped OBSEA defaults ({@code config/qc/obsea.json}) parse and flag as the site expects. */
class ObseaSiteConfigTest {

    private static Map<String, QcConfig> site;

    @BeforeAll
    static void load() throws IOException {
        site = QcConfigParser.parseSite(new ObjectMapper().readTree(Path.of("../config/qc/obsea.json").toFile()));
    }

    @Test
    void definesTemperatureAndConductivity() {
        assertThat(site).containsOnlyKeys("TEMP", "CNDC");
        assertThat(site.get("TEMP").tests()).containsExactly(QcTest.values());
        assertThat(site.get("CNDC").tests())
                .containsExactly(QcTest.GROSS_RANGE, QcTest.SPIKE, QcTest.RATE_OF_CHANGE);
    }

    @Test
    void temperatureGrossRangeAndSeasonalClimatology() {
        Instant february = Instant.parse("2017-02-01T14:10:30Z");
        Instant august = Instant.parse("2017-08-01T14:10:30Z");
        QcSeries series = QcSeries.ofInstants(
                List.of(february, february.plusSeconds(10), february.plusSeconds(20), august),
                new double[] {13.1, 20.0, 41.0, 20.0}).withDepths(new double[] {20, 20, 20, 20});

        QcResult result = QcRunner.run(site.get("TEMP"), series);

        assertThat(result.flag(QcTest.GROSS_RANGE, 0)).isEqualTo(QartodFlag.GOOD);
        assertThat(result.flag(QcTest.GROSS_RANGE, 2)).isEqualTo(QartodFlag.FAIL);
        assertThat(result.flag(QcTest.CLIMATOLOGY, 0)).isEqualTo(QartodFlag.GOOD);
        assertThat(result.flag(QcTest.CLIMATOLOGY, 1)).isEqualTo(QartodFlag.SUSPECT);
        assertThat(result.flag(QcTest.CLIMATOLOGY, 3)).isEqualTo(QartodFlag.GOOD);
        assertThat(result.aggregate(2)).isEqualTo(QartodFlag.FAIL);
    }

    @Test
    void conductivityRateOfChangePerSecond() {
        long[] seconds = {0, 10, 20, 30};
        QcResult result = QcRunner.run(site.get("CNDC"),
                QcSeries.ofEpochSeconds(seconds, new double[] {4.2100, 4.2105, 4.2300, 4.2301}));

        assertThat(result.flags(QcTest.RATE_OF_CHANGE)).containsExactly(1, 1, 3, 1);
    }
}
