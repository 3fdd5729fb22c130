package eu.emso.dmp.egim.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteFilesTest {
    private final SiteFiles files = new SiteFiles();

    @Test
    void theObseaFileDescribesTheEgimNodeAndItsInstruments() throws IOException {
        Site obsea = new Sites(files.readDirectory(Path.of("..", "config", "sites"))).find("OBSEA").orElseThrow();

        assertThat(obsea.id()).isEqualTo("obsea");
        assertThat(obsea.knownAs("EMSODEV-EGIM-node00001")).isTrue();
        assertThat(obsea.location().latitude()).isEqualTo(41.1819);
        assertThat(obsea.location().longitude()).isEqualTo(1.7527);
        Instrument ctd = obsea.instrumentById("37-14998").orElseThrow();
        assertThat(ctd.vocabulary()).containsEntry("L22", "http://vocab.nerc.ac.uk/collection/L22/current/TOOL1453/");
        assertThat(ctd.channels()).extracting(Site.Channel::parameter).containsExactly("TEMP", "CNDC", "PRES", "PSAL", "SVEL");
        assertThat(obsea.parameters().get("TEMP").definition())
                .isEqualTo("http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/");
        assertThat(obsea.units().get("degC").definition()).isEqualTo("http://vocab.nerc.ac.uk/collection/P06/current/UPAA/");
    }

    @Test
    void unitsAreMatchedWhateverTheSpellingOfTheSource() throws IOException {
        Site obsea = new Sites(files.readDirectory(Path.of("..", "config", "sites"))).find("obsea").orElseThrow();
        Instrument ctd = obsea.instrumentById("37-14998").orElseThrow();
        Instrument tsunami = obsea.instrumentById("54-0049").orElseThrow();

        assertThat(ctd.measures("TEMP", "degrees_C", obsea.units())).isTrue();
        assertThat(ctd.measures("TEMP", "°C", obsea.units())).isTrue();
        assertThat(ctd.measures("PRES", "psia", obsea.units())).isFalse();
        assertThat(tsunami.measures("PRES", "psia", obsea.units())).isTrue();
    }

    @Test
    void aChannelNamingAnUndeclaredUnitIsRefusedWithTheFileAndInstrument() {
        String json = """
                {"id": "x", "platform": {"name": "X", "description": "x"},
                 "location": {"name": "X", "description": "x", "latitude": 1, "longitude": 2},
                 "units": {}, "parameters": {"TEMP": {"name": "t", "definition": ""}},
                 "instruments": [{"key": "ctd", "name": "CTD", "channels": [{"parameter": "TEMP", "unit": "degC"}]}]}
                """;

        assertThatThrownBy(() -> files.read("x.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("x.json").hasMessageContaining("instrument ctd");
    }

    @Test
    void aPlatformWithoutSiteFileIsDescribedByItsFileMetadata() {
        Site s = Sites.fromMetadata(java.util.Map.of("platform_code", "W1M3A", "geospatial_lat_min", "43.82",
                "geospatial_lon_min", "9.11")).orElseThrow();

        assertThat(s.id()).isEqualTo("w1m3a");
        assertThat(s.location().latitude()).isEqualTo(43.82);
        assertThat(s.instruments()).isEqualTo(List.of());
        assertThat(Sites.fromMetadata(java.util.Map.of("title", "no platform"))).isEmpty();
    }
}
