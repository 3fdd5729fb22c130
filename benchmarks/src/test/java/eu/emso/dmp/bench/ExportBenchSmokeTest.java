package eu.emso.dmp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small run of the data product benchmark against a real server: both exports hold every
 * loaded value, the hourly means cover every hour of the day loaded, and the report is well
 * formed. No timing is asserted.
 */
class ExportBenchSmokeTest {
    private Path work;

    @BeforeEach
    void createWorkDirectory() throws IOException {
        work = WorkDirs.create("bench-exports-smoke");
    }

    @AfterEach
    void deleteWorkDirectory() throws IOException {
        WorkDirs.delete(work);
    }

    @Test
    void exportsEveryLoadedValueAndAveragesEveryHour() throws Exception {
        Map<String, Object> report = ExportBenchMain.run(30_000, 1, 2, work);

        @SuppressWarnings("unchecked")
        List<ExportBench.Result> results = (List<ExportBench.Result>) report.get("scenarios");
        assertThat(results).extracting(ExportBench.Result::name).containsExactly("netcdf", "csv", "hourly-means");
        assertThat(results).allSatisfy(r -> assertThat(r.unavailable()).isNull());
        assertThat(results).extracting(ExportBench.Result::values).containsExactly(30_000L, 30_000L, 86_400L);
        assertThat(results.get(0).bytes()).isGreaterThan(30_000L * 8);
        assertThat(results.get(1).bytes()).isGreaterThan(30_000L * 10);
        JsonNode json = new ObjectMapper().valueToTree(report);
        assertThat(json.path("scenarios").get(0).path("valuesPerSecond").asDouble()).isPositive();
        assertThat(json.path("machine").path("processors").asInt()).isPositive();
        assertThat(ExportBenchMain.markdown(report)).contains("| netcdf | 30,000 |", "| csv | 30,000 |",
                "| hourly-means | 86,400 |");
    }
}
