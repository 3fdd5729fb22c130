package eu.emso.dmp.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.db.Database;
import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.server.qc.ConfigResolver;
import eu.emso.dmp.server.qc.QcStage;
import eu.emso.dmp.server.qc.SiteDefaults;
import eu.emso.dmp.server.testing.TempDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code dmp qc rerun} on a data directory: re-flags under the new configuration and reports progress. */
class QcCommandTest {

    @Test
    void rerunReflagsAStoppedServersDataAndPrintsProgress() throws Exception {
        Path dir = TempDirs.create("dmp-qc-cli");
        try {
            long ds = prepare(dir);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream stdout = System.out;
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = new CommandLine(new Main()).execute("qc", "rerun", "--datastream", Long.toString(ds),
                        "--from", "2014-02-01T00:00:00Z", "--chunk", "4", "--data", dir.toString());
            } finally {
                System.setOut(stdout);
            }
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(code).isZero();
            assertThat(printed).contains("4 / 10 observations (40%)").contains("re-flagged 10 observations");
            try (EmbeddedPostgres pg = EmbeddedPostgres.start(dir.resolve("postgres"));
                 Database db = Database.open(pg.settings(2)); Connection c = db.dataSource().getConnection();
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(
                         "SELECT dmp_result_quality(qc_flag, qc_tests, qc_config, result_quality)::text FROM observations")) {
                while (rs.next()) {
                    JsonNode q = Json.mapper().readTree(rs.getString(1));
                    assertThat(q.get("qartod").has("rate_of_change_test")).isTrue();
                    assertThat(q.get("qartod").has("gross_range_test")).isFalse();
                }
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    @Test
    void aTimeWithoutOffsetIsAUsageErrorBeforeAnyDatabaseIsTouched() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new Main()).execute("qc", "rerun", "--datastream", "1", "--from", "2014-02-01",
                    "--data", "/nonexistent");
        } finally {
            System.setErr(stderr);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from").contains("2014-02-01");
    }

    /** A data directory whose Datastream got a new configuration after its observations were stored. */
    private static long prepare(Path dir) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(dir.resolve("postgres"));
             Database db = Database.open(pg.settings(2))) {
            EntityStore store = new EntityStore(db.dataSource(), StoreSettings.defaults(),
                    List.of(new QcStage(new ConfigResolver(SiteDefaults.none()))));
            ObjectNode ds = (ObjectNode) Json.mapper().readTree("""
                    {"name": "T", "description": "d", "unitOfMeasurement": {"name": "C", "symbol": "C", "definition": "C"},
                     "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                     "properties": {"quality_control": {"qartod": {"gross_range_test": {"fail_span": [0, 40]}}}},
                     "Thing": {"name": "t", "description": "t"},
                     "Sensor": {"name": "s", "description": "s", "encodingType": "text/plain", "metadata": "m"},
                     "ObservedProperty": {"name": "TEMP", "definition": "d", "description": "d"}}""");
            long id = store.create(ResourcePathParser.parse("Datastreams"), ds);
            long feature = store.create(ResourcePathParser.parse("FeaturesOfInterest"), Json.mapper().readTree("""
                    {"name": "f", "description": "f", "encodingType": "application/geo+json",
                     "feature": {"type": "Point", "coordinates": [1.75, 41.18]}}"""));
            List<ObservationRow> rows = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                rows.add(ObservationRow.number(id, feature,
                        OffsetDateTime.parse("2014-02-01T00:00:00Z").plusSeconds(10L * i), 13 + i, null));
            }
            store.writeObservations(rows);
            store.update(ResourcePathParser.parse("Datastreams(" + id + ")"), Json.mapper().readTree(
                    "{\"properties\": {\"quality_control\": {\"qartod\": {\"rate_of_change_test\": {\"threshold\": 0.01}}}}}"),
                    false);
            return id;
        }
    }
}
