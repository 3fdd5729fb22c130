package eu.emso.dmp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole benchmark at size small with reduced repetitions, as CI runs it: both servers start
 * on the shared cluster, the data set loads, and every scenario ends in a figure or an explicit
 * "not available". No timing is asserted.
 */
class SmallRunSmokeTest {
    private Path work;

    @BeforeEach
    void createWorkDirectory() throws IOException {
        work = WorkDirs.create("bench-smoke");
    }

    @AfterEach
    void deleteWorkDirectory() throws IOException {
        WorkDirs.delete(work);
    }

    @Test
    void everyScenarioGivesAFigureOrSaysWhyNotAndTheJsonIsWellFormed() throws Exception {
        Path out = work.resolve("report.json");
        BenchOptions options = BenchMain.parse(List.of("--size", "small", "--reduced", "--work", work.toString(),
                "--out", out.toString()));

        Report report = new BenchRun(options).run();
        report.writeJson(out);

        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        List<String> names = new ArrayList<>();
        for (JsonNode row : json.path("scenarios")) {
            names.add(row.path("name").asText());
            assertThat(row.path("kind").asText()).isIn("read", "write");
            assertThat(row.path("unit").asText()).isIn("ms", "obs/s");
            for (String peer : List.of("ours", "frost")) {
                JsonNode v = row.path(peer);
                assertThat(v.isNumber() || v.asText().startsWith("not available"))
                        .as("%s of %s is a number or says why not: %s", peer, row.path("name"), v).isTrue();
            }
            assertThat(row.has("ratio")).isTrue();
            assertThat(row.path("ratio").isNumber() || row.path("ratio").isNull()).isTrue();
        }
        assertThat(names).contains("load", "bulk", "post-1", "post-8", "dataarray", "mqtt-create")
                .containsAll(ReadScenarios.NAMES);
        assertThat(json.path("scenarios").get(0).path("copy").isNumber()).as("raw COPY baseline measured").isTrue();
        JsonNode bulk = json.path("scenarios").get(names.indexOf("bulk"));
        assertThat(bulk.path("ours").isNumber()).as("adapter ingest measured: %s", bulk).isTrue();
        assertThat(bulk.path("copy").isNumber()).as("raw COPY of the ingested rows measured").isTrue();
        assertThat(json.path("memory").path("ours").path("vmHwmKiB").asLong()).isPositive();
        assertThat(json.path("memory").path("ours").path("heapUsedPeakKiB").asLong())
                .as("peak heap from the GC log").isPositive()
                .isLessThanOrEqualTo(json.path("memory").path("ours").path("heapCommittedPeakKiB").asLong());
        assertThat(report.markdown()).contains("| bulk |", "| window-10k |");
    }
}
