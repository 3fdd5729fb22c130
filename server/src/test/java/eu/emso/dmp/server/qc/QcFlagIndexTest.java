package eu.emso.dmp.server.qc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.QueryParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Filtering by flag served by an index: on two million observations (four Datastreams, generated
 * in SQL), PostgreSQL finds flagged observations (not GOOD) through the partial indexes of
 * migration V8_1, which hold flagged rows only, in the orders the store reads (a Datastream's in
 * time order, all by id), so no good row is walked; filters that include GOOD use an index too;
 * and the store answers from the flag column.
 */
class QcFlagIndexTest {
    private static final int PER_DATASTREAM = 500_000;
    /** A sequential scan of the partition holding the data (empty partitions ahead cost nothing). */
    private static final String SCAN_OF_THE_DATA = "Seq Scan on observations_2013_06";
    private static QcDatabase db;
    private static long first;

    @BeforeAll
    static void start() throws Exception {
        db = new QcDatabase();
        first = db.datastream("TEMP", null);
        for (int i = 1; i < 4; i++) {
            db.datastream("TEMP", null);
        }
        db.execute("SELECT dmp_ensure_partition('2013-06-01T00:00:00Z')");
        db.execute("INSERT INTO observations (datastream_id, feature_id, phenomenon_time_start, phenomenon_time_end, "
                + "result_type, result_number, result_string, qc_flag) "
                + "SELECT d, 1, t, t, 0, 13, '13', CASE WHEN n % 500 = 0 THEN 4 WHEN n % 97 = 0 THEN 3 ELSE 1 END "
                + "FROM generate_series(" + first + ", " + (first + 3) + ") AS d, generate_series(1, " + PER_DATASTREAM + ") AS n, "
                + "LATERAL (SELECT timestamptz '2013-06-01T00:00:00Z' + n * interval '1 second') AS x(t)");
        db.execute("ANALYZE observations");
    }

    @AfterAll
    static void stop() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void flaggedObservationsOfOneDatastreamInTimeOrderComeFromThePartialIndexOfFlaggedRows() throws Exception {
        for (String flag : List.of("qc_flag >= 3", "qc_flag <> 1", "qc_flag IN (3, 4)")) {
            String plan = db.explain("SELECT o.id FROM observations o WHERE o.datastream_id = " + (first + 1)
                    + " AND o." + flag + " ORDER BY o.phenomenon_time_start, o.id LIMIT 101");
            assertThat(plan).as(flag)
                    .containsPattern("Index (Only )?Scan using observations_2013_06_datastream_id_phenomenon_time_start_id")
                    .doesNotContain(SCAN_OF_THE_DATA);
        }
    }

    @Test
    void flaggedObservationsOfAllDatastreamsByIdComeFromThePartialIndexOfFlaggedRows() throws Exception {
        String plan = db.explain("SELECT o.id FROM observations o WHERE o.qc_flag >= 3 ORDER BY o.id LIMIT 101");
        assertThat(plan).containsPattern("Index (Only )?Scan using observations_2013_06_id_qc_flag")
                .doesNotContain(SCAN_OF_THE_DATA);
    }

    @Test
    void oneFlagOfOneDatastreamIsReadFromAnIndexWhetherGoodOrNot() throws Exception {
        for (int flag : new int[] {1, 4}) {
            String plan = db.explain("SELECT o.id FROM observations o WHERE o.datastream_id = " + (first + 1)
                    + " AND o.qc_flag = " + flag + " ORDER BY o.phenomenon_time_start, o.id LIMIT 101");
            assertThat(plan).as("flag %d", flag).containsPattern("Index (Only )?Scan using observations_2013_06_")
                    .doesNotContain(SCAN_OF_THE_DATA);
        }
    }

    @Test
    void theStoreFiltersOnTheFlagColumn() {
        var page = db.store.readCollection(Version.V11, ResourcePathParser.parse("Datastreams(" + (first + 2) + ")/Observations"),
                QueryParser.parse(Map.of("$filter", List.of("resultQuality/qc_flag eq 4"), "$top", List.of("5000"),
                        "$count", List.of("true"))));
        assertThat(page.rows()).hasSize(PER_DATASTREAM / 500);
    }
}
