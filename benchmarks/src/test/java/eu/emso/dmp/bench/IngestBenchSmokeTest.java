package eu.emso.dmp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small ingest benchmark on the real embedded PostgreSQL: generated SBE37 lines go through the
 * pipeline with every value stored once, the raw COPY loads the same number of rows, and the
 * report carries both rates, their ratio and the memory samples. No timing is asserted.
 */
class IngestBenchSmokeTest {
    private Path work;

    @BeforeEach
    void createWorkDirectory() throws IOException {
        work = WorkDirs.create("bench-ingest-smoke");
    }

    @AfterEach
    void deleteWorkDirectory() throws IOException {
        WorkDirs.delete(work);
    }

    @Test
    void ingestsEveryGeneratedValueAndComparesWithRawCopyOfTheSameRows() throws Exception {
        Path out = work.resolve("ingest.json");
        IngestOptions options = IngestBenchMain.parse(List.of("--observations", "50000", "--batch", "2000",
                "--work", work.toString(), "--out", out.toString()));

        IngestReport report = new IngestBench(options).run();
        report.writeJson(out);

        assertThat(report.counts().observations()).isEqualTo(50_000);
        assertThat(report.counts().lines()).isEqualTo(10_000 + Sbe37File.HEADER_LINES);
        assertThat(report.counts().skipped()).isEqualTo(Sbe37File.HEADER_LINES);
        assertThat(report.counts().quarantined()).isZero();
        assertThat(report.memory()).extracting(ProcessMemory::observations)
                .containsExactly(5_000L, 25_000L, 50_000L, 50_000L);
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertThat(json.path("ingest").path("obsPerSecond").asDouble()).isPositive();
        assertThat(json.path("copy").path("obsPerSecond").asDouble()).isPositive();
        assertThat(json.path("ratio").asDouble()).isEqualTo(report.ingestRate() / report.copyRate());
        assertThat(json.path("memory").get(0).path("peakRssMiB").asLong()).isPositive();
        assertThat(report.markdown()).contains("| raw COPY of the same rows |", "| ingest pipeline (");
    }
}
