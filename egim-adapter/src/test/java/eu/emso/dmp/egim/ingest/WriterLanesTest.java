package eu.emso.dmp.egim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.egim.parse.Formats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An input spread over several writer threads, in many small batches, still stores every value
 * exactly once, accounts for every line, quarantines damaged lines and conflicts, and reports
 * everything as duplicates when sent again.
 */
class WriterLanesTest {
    private static final DateTimeFormatter SBE37_TIME = DateTimeFormatter.ofPattern("dd MMM uuuu, HH:mm:ss", Locale.ENGLISH);
    private static TestStore db;

    @BeforeAll
    static void start() throws IOException {
        db = new TestStore();
    }

    @AfterAll
    static void stop() throws IOException {
        db.close();
    }

    @Test
    void manyBatchesOnThreeWritersStoreEveryValueOnce() throws IOException {
        IngestPipeline pipeline = new IngestPipeline(db.store, db.quarantine, db.sites, 70, 3);
        StringBuilder input = new StringBuilder("S>startnow\n");
        int samples = 2_000;
        for (int i = 0; i < samples; i++) {
            input.append(line(i, 13.0 + i % 100 / 100.0));
            if (i % 500 == 250) {
                input.append("# 13.1436,  4.21000, garbled\n");
            }
        }
        long quarantinedBefore = db.quarantine.count();

        IngestCounts first = pipeline.ingest(stream(input.toString()), IngestRequest.of(Formats.SBE37_ASCII, "obsea", "lanes"));

        assertThat(first.records()).isEqualTo(samples);
        assertThat(first.observations()).isEqualTo(samples * 5L);
        assertThat(first.rejected()).isEqualTo(4);
        assertThat(first.lines()).isEqualTo(first.records() + first.skipped() + first.rejected()).isEqualTo(samples + 5L);
        assertThat(db.quarantine.count() - quarantinedBefore).isEqualTo(4);

        IngestCounts again = new IngestPipeline(db.store, db.quarantine, db.sites, 333, 2)
                .ingest(stream(input + line(7, 99.0)), IngestRequest.of(Formats.SBE37_ASCII, "obsea", "lanes-again"));

        assertThat(again.observations()).isZero();
        assertThat(again.duplicates()).isEqualTo(samples * 5L + 4);
        assertThat(again.conflicts()).isEqualTo(1);
        assertThat(again.quarantined()).isEqualTo(4 + 1);
    }

    private static String line(int i, double temp) {
        LocalDateTime t = LocalDateTime.of(2018, 5, 1, 0, 0).plusSeconds(10L * i);
        return String.format(Locale.ROOT, "# %7.4f,  4.21000,   20.170,   37.9583, 1506.948, %s%n", temp,
                SBE37_TIME.format(t));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
