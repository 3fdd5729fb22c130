package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OceanSitesCsvParserTest {

    private static final String FILE = "MO_TS_MO_OBSEA_201402.csv";

    private final OceanSitesCsvParser parser = new OceanSitesCsvParser();

    @Test
    void everyLineOfTheObseaFileIsAccountedFor() throws IOException {
        Parsed p = Parsed.file(parser, FILE);

        p.assertEveryLineAccountedFor(Parsed.lineCount(FILE));
        // 180 comment and blank lines, then the column header on line 181, then 1256 data rows
        assertThat(p.skipped()).hasSize(181);
        assertThat(p.rejected()).isEmpty();
        assertThat(p.records()).hasSize(1256);
        assertThat(p.records().get(0).lineNumber()).isEqualTo(182);
    }

    @Test
    void headerBlocksBecomeMetadataForTheCatalogue() {
        Parsed p = Parsed.file(parser, FILE);

        Metadata file = p.metadata(Metadata.FILE);
        assertThat(file.lineNumber()).isEqualTo(181);
        assertThat(file.attributes())
                .containsEntry("platform_code", "OBSEA")
                .containsEntry("site_code", "OBSEA")
                .containsEntry("institution_edmo_code", "2150")
                .containsEntry("geospatial_lat_min", "41.182")
                .containsEntry("geospatial_lon_min", "1.75235")
                .containsEntry("history", "2018-01-18T13:39:13Z : Creation");
        assertThat(p.metadata("TEMP").attributes())
                .containsEntry("standard_name", "sea_water_temperature")
                .containsEntry("units", "degrees_C");
        assertThat(p.metadata("DEPH").attributes()).containsEntry("positive", "down");
    }

    @Test
    void valuesCarryTheirQcFlagUnitAndDepth() {
        Parsed p = Parsed.file(parser, FILE);

        RawRecord first = p.records().get(0);
        assertThat(first.time()).isEqualTo(Instant.parse("2014-02-01T00:00:00Z"));
        assertThat(first.measurements()).extracting(Measurement::parameter).containsExactly("ATMS", "DRYT", "WDIR", "WSPD");
        assertThat(first.measurement("ATMS")).isEqualTo(new Measurement("ATMS", 1011.6500480507966, "hPa", 1, -3.0));

        RawRecord last = p.records().get(p.records().size() - 1);
        assertThat(last.lineNumber()).isEqualTo(1437);
        assertThat(last.time()).isEqualTo(Instant.parse("2014-02-28T23:00:00Z"));
        assertThat(last.measurement("TEMP")).isEqualTo(new Measurement("TEMP", 13.220000627916306, "degrees_C", 1, 21.0));
        assertThat(last.measurement("CNDC").value()).isEqualTo(4.190000199014321);
        assertThat(last.measurement("PSAL").value()).isEqualTo(35.72000169660896);
    }

    @Test
    void rowsWithWrongFieldCountOrBadTimeAreRejected() {
        String text = """
                DEPTH,TIME,TEMP,TEMP_QC
                21.0,2014-02-28 23:00:00,13.22,1.0
                21.0,2014-02-28 24:00:00,13.22,1.0
                21.0,2014-02-28 23:00:00,13.22
                21.0,2014-02-28 23:00:00,,
                """;

        Parsed p = Parsed.text(parser, text);

        assertThat(p.records()).singleElement().satisfies(r -> assertThat(r.measurement("TEMP").sourceFlag()).isEqualTo(1));
        assertThat(p.rejected()).extracting(Rejected::reason)
                .containsExactly("unparseable TIME '2014-02-28 24:00:00'", "expected 4 fields, found 3");
        assertThat(p.skipped()).extracting(Skipped::reason).containsExactly("column header", "row without values");
    }
}
