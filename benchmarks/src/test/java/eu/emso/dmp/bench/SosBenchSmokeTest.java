package eu.emso.dmp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ./dmp bench-sos} reduced to 2,000 values and one repetition: the server starts, the
 * series loads, both windows are answered with exactly their number of observations, and the
 * report (Markdown and JSON) is well formed. No timing is asserted.
 */
class SosBenchSmokeTest {

    @Test
    void reducedRunGivesAWellFormedReport() throws Exception {
        Path work = WorkDirs.create("bench-sos-smoke");
        try {
            Map<String, String> o = SosBenchMain.options(List.of("--values", "2000", "--reps", "1",
                    "--work", work.toString()));
            List<SosBench.Result> results = SosBenchMain.run(o);
            Path out = work.resolve("report.json");
            SosBenchMain.write(out, o, results);
            JsonNode json = new ObjectMapper().readTree(Files.readString(out));
            assertThat(json.path("windows")).hasSize(2);
            assertThat(json.path("windows").get(0).path("values").asInt()).isEqualTo(200);
            for (JsonNode w : json.path("windows")) {
                assertThat(w.path("ms").path("value").isNumber()).as("timed: %s", w).isTrue();
                assertThat(w.path("observations").asLong()).isEqualTo(w.path("values").asLong());
                assertThat(w.path("bytes").asLong()).isPositive();
                assertThat(w.has("heap_after_gc_peak_kib")).isTrue();
            }
            assertThat(SosBenchMain.markdown(results)).contains("| 200 values |", "| 2,000 values |");
        } finally {
            WorkDirs.delete(work);
        }
    }
}
