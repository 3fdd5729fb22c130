package eu.emso.dmp.server.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.DatastreamInfo;
import eu.emso.dmp.qc.QcTest;
import eu.emso.dmp.qc.config.QcConfigParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site defaults from config/qc, the choice of configuration, and configuration versions. */
class SiteDefaultsTest {

    @Test
    void theShippedObseaDefaultsCoverTemperatureAndConductivity() {
        SiteDefaults site = SiteDefaults.load(QcDatabase.SITE_DEFAULTS);
        assertThat(site.forCode("TEMP")).hasValueSatisfying(c -> assertThat(c.config().tests())
                .containsExactly(QcTest.values()));
        assertThat(site.forCode("CNDC")).isPresent();
        assertThat(site.forCode("PSAL")).isEmpty();
    }

    @Test
    void aCodeDefinedInTwoFilesStopsTheStartNamingBoth(@TempDir Path dir) throws Exception {
        String temp = "{\"TEMP\": {\"qartod\": {\"gross_range_test\": {\"fail_span\": [0, 40]}}}}";
        Files.writeString(dir.resolve("azores.json"), temp);
        Files.writeString(dir.resolve("obsea.json"), temp);
        assertThatThrownBy(() -> SiteDefaults.load(dir)).hasMessageContaining("TEMP")
                .hasMessageContaining("azores.json").hasMessageContaining("obsea.json");
    }

    @Test
    void anInvalidSiteFileNamesFileAndKey(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"TEMP\": {\"qartod\": {\"spike_test\": {}}}}");
        assertThatThrownBy(() -> SiteDefaults.load(dir)).hasMessageContaining("bad.json")
                .hasMessageContaining("qartod.spike_test");
    }

    @Test
    void theDatastreamsOwnConfigurationWinsOverTheSiteDefault() {
        ConfigResolver resolver = new ConfigResolver(SiteDefaults.load(QcDatabase.SITE_DEFAULTS));
        var own = resolver.resolve(new DatastreamInfo(1, "TEMP",
                "{\"depth\": 20, \"quality_control\": {\"qartod\": {\"rate_of_change_test\": {\"threshold\": 1}}}}"));
        assertThat(own.config().config().tests()).containsExactly(QcTest.RATE_OF_CHANGE);
        assertThat(own.config().origin()).isEqualTo("datastream");
        assertThat(own.depth()).isEqualTo(20);
        var site = resolver.resolve(new DatastreamInfo(2, "TEMP", null));
        assertThat(site.config().origin()).isEqualTo("site:obsea.json");
        assertThat(Double.isNaN(site.depth())).isTrue();
        assertThat(resolver.resolve(new DatastreamInfo(3, "PSAL", "{}")).config()).isEqualTo(EffectiveConfig.NONE);
    }

    @Test
    void theVersionFollowsTheThresholdsNotTheirSpelling() throws Exception {
        var a = EffectiveConfig.of(QcConfigParser.parse(Json.mapper().readTree(
                "{\"qartod\": {\"flat_line_test\": {\"tolerance\": 1e-5, \"suspect_threshold\": 100, \"fail_threshold\": 300}}}")), "x");
        var b = EffectiveConfig.of(QcConfigParser.parse(Json.mapper().readTree(
                "{\"qartod\": {\"flat_line_test\": {\"fail_threshold\": 300.0, \"suspect_threshold\": 100, \"tolerance\": 0.00001}}}")), "y");
        var c = EffectiveConfig.of(QcConfigParser.parse(Json.mapper().readTree(
                "{\"qartod\": {\"flat_line_test\": {\"tolerance\": 1e-5, \"suspect_threshold\": 100, \"fail_threshold\": 301}}}")), "x");
        assertThat(a.version()).isEqualTo(b.version()).isNotEqualTo(c.version());
    }
}
