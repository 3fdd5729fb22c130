package eu.emso.dmp.egim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.egim.parse.Formats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real samples ingest to the expected Datastreams with every line accounted for; re-ingest stores nothing. */
class SampleIngestTest {
    private static TestStore db;
    private static IngestPipeline pipeline;

    @BeforeAll
    static void start() throws IOException {
        db = new TestStore();
        pipeline = db.pipeline(500);
    }

    @AfterAll
    static void stop() throws IOException {
        db.close();
    }

    @Test
    void obseaCsvFindsItsPlatformInTheFileAndStoresEveryValueOnce() throws IOException {
        Path file = TestStore.sample("MO_TS_MO_OBSEA_201402.csv");
        long values = valueCells(file);

        IngestCounts first = pipeline.ingest(file, IngestRequest.of(Formats.OCEANSITES_CSV, null, "obsea.csv"));

        assertThat(first.lines()).isEqualTo(Files.readAllLines(file, StandardCharsets.ISO_8859_1).size());
        assertThat(first.lines()).isEqualTo(first.records() + first.skipped() + first.rejected());
        assertThat(first.records()).isEqualTo(1256);
        assertThat(first.observations()).isEqualTo(values);
        assertThat(first.quarantined()).isZero();
        // the CTD's five parameters and the surface station's four, on the OBSEA EGIM Thing
        assertThat(db.count("Datastreams", "properties/platform eq 'obsea' and "
                + "(properties/instrument eq 'sbe37-37-14998' or properties/instrument eq 'obsea-meteo')")).isEqualTo(9);
        assertThat(db.count("Things", "properties/emso_key eq 'site:obsea'")).isEqualTo(1);
        assertThat(db.count("Observations", "parameters/source_qc eq 1 and parameters/source_qc_scheme eq 'OceanSITES'"))
                .isGreaterThanOrEqualTo(values);

        IngestCounts again = pipeline.ingest(file, IngestRequest.of(Formats.OCEANSITES_CSV, null, "obsea.csv"));

        assertThat(again.observations()).isZero();
        assertThat(again.duplicates()).isEqualTo(values);
        assertThat(again.lines()).isEqualTo(first.lines());
    }

    @Test
    void sbe37LinesGoToTheCtdAndDamagedLinesToTheQuarantine() throws IOException {
        Path file = TestStore.sample("sbe37-synthetic.txt");
        long before = db.quarantine.count();

        IngestCounts c = pipeline.ingest(file, IngestRequest.of(Formats.SBE37_ASCII, "obsea", "sbe37.txt"));

        assertThat(c.lines()).isEqualTo(11).isEqualTo(c.records() + c.skipped() + c.rejected());
        assertThat(c.records()).isEqualTo(4);
        assertThat(c.observations()).isEqualTo(4 * 5);
        assertThat(c.rejected()).isEqualTo(3);
        assertThat(db.quarantine.count() - before).isEqualTo(3);
        assertThat(db.quarantine.list(0, 1000)).filteredOn(e -> e.source().equals("sbe37.txt"))
                .extracting(e -> e.lineNumber()).containsExactly(6L, 7L, 8L);
        assertThat(db.count("Datastreams(" + ctdTemp() + ")/Observations", null)).isGreaterThanOrEqualTo(4);

        IngestCounts again = pipeline.ingest(file, IngestRequest.of(Formats.SBE37_ASCII, "obsea", "sbe37.txt"));
        assertThat(again.observations()).isZero();
        assertThat(again.duplicates()).isEqualTo(20);
    }

    @Test
    void anotherValueAtAStoredTimeIsQuarantinedAsAConflict() throws IOException {
        String line = "# 10.0000,  4.00000,   20.000,   37.0000, 1500.000, 02 Mar 2017, 09:00:00\n";
        String changed = "# 10.0001,  4.00000,   20.000,   37.0000, 1500.000, 02 Mar 2017, 09:00:00\n";
        pipeline.ingest(stream(line), IngestRequest.of(Formats.SBE37_ASCII, "obsea", "live"));

        IngestCounts c = pipeline.ingest(stream(changed), IngestRequest.of(Formats.SBE37_ASCII, "obsea", "live-2"));

        assertThat(c.conflicts()).isEqualTo(1);
        assertThat(c.duplicates()).isEqualTo(4);
        assertThat(db.quarantine.list(0, 1000)).filteredOn(e -> e.source().equals("live-2"))
                .singleElement().satisfies(e -> {
                    assertThat(e.rawText()).isEqualTo(changed.strip());
                    assertThat(e.reason()).contains("conflicts with Observation");
                });
    }

    @Test
    void anOptodeMissingFromTheCatalogueIsRegisteredAndTheUserTold() throws IOException {
        Path file = TestStore.sample("20150330.dosta1.first1500.log");

        IngestCounts c = pipeline.ingest(file, IngestRequest.of(Formats.AANDERAA_OPTODE, "obsea", "dosta1.log"));

        assertThat(c.lines()).isEqualTo(1500).isEqualTo(c.records() + c.skipped() + c.rejected());
        assertThat(c.observations()).isEqualTo(c.records() * 3);
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("not in the catalogue of platform obsea"));
        assertThat(db.count("Sensors", "properties/registered_from_data eq true and properties/model eq '4831'"))
                .isEqualTo(1);
    }

    @Test
    void netcdfOfAPlatformWithoutSiteFileIsPlacedByItsMetadata() throws IOException {
        Path file = TestStore.sample("OS_W1M3A_20250728_R_SIMPLIFIED.nc");

        IngestCounts c = pipeline.ingest(file, IngestRequest.of(Formats.OCEANSITES_NETCDF, null, "w1m3a.nc"));

        assertThat(c.records()).isPositive();
        assertThat(c.observations()).isPositive();
        assertThat(c.lines()).isEqualTo(c.records() + c.skipped() + c.rejected());
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("w1m3a"));
        assertThat(pipeline.ingest(file, IngestRequest.of(Formats.OCEANSITES_NETCDF, null, "w1m3a.nc")).observations())
                .isZero();
    }

    @Test
    void recordsWithoutAPlatformAreQuarantinedAndReplayedOnceOneIsNamed() throws IOException {
        String line = "# 11.0000,  4.10000,   20.000,   37.0000, 1500.000, 03 Mar 2017, 09:00:00\n";
        IngestCounts c = pipeline.ingest(stream(line), IngestRequest.of(Formats.SBE37_ASCII, null, "orphan"));
        assertThat(c.rejected()).isEqualTo(1);
        var entry = db.quarantine.list(0, 1000).stream().filter(e -> e.source().equals("orphan")).findFirst().orElseThrow();

        Replayer.Result r = new Replayer(pipeline).replay(entry, "obsea");

        assertThat(r.removed()).isTrue();
        assertThat(r.counts().observations()).isEqualTo(5);
        assertThat(db.quarantine.get(entry.id())).isEmpty();
    }

    @Test
    void anUnknownPlatformIsRefused() {
        assertThatThrownBy(() -> pipeline.ingest(stream("x\n"), IngestRequest.of(Formats.SBE37_ASCII, "atlantis", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("atlantis");
    }

    @Test
    void applyingTheCatalogueTwiceFromAFreshPipelineCreatesNothingTwice() {
        new IngestPipeline(db.store, db.quarantine, db.sites, 10).applyCatalogue(db.sites.find("obsea").orElseThrow());
        long datastreams = db.count("Datastreams", null);
        long sensors = db.count("Sensors", null);

        new IngestPipeline(db.store, db.quarantine, db.sites, 10).applyCatalogue(db.sites.find("obsea").orElseThrow());

        assertThat(db.count("Datastreams", null)).isEqualTo(datastreams);
        assertThat(db.count("Sensors", null)).isEqualTo(sensors);
        assertThat(db.count("Things", "properties/emso_key eq 'site:obsea'")).isEqualTo(1);
    }

    private static long ctdTemp() {
        return db.store.readCollection(eu.emso.dmp.model.entity.Version.V11,
                eu.emso.dmp.model.path.ResourcePathParser.parse("Datastreams"),
                eu.emso.dmp.model.query.QueryParser.parse(java.util.Map.of("$filter",
                        List.of("properties/emso_key eq 'datastream:obsea/sbe37-37-14998/TEMP'")))).rows().get(0).id();
    }

    private static java.io.InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Non-empty value cells of the OceanSITES CSV: columns other than DEPTH, TIME and the _QC flags. */
    private static long valueCells(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        int header = 0;
        while (!lines.get(header).startsWith("DEPTH,")) {
            header++;
        }
        String[] names = lines.get(header).split(",", -1);
        long n = 0;
        for (String row : lines.subList(header + 1, lines.size())) {
            String[] f = row.split(",", -1);
            for (int i = 0; i < names.length; i++) {
                if (!names[i].equals("DEPTH") && !names[i].equals("TIME") && !names[i].endsWith("_QC") && !f[i].isEmpty()) {
                    n++;
                }
            }
        }
        return n;
    }
}
