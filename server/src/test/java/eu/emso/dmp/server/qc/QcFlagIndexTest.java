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
 * Issue 5, "filtering by flag served by an index": on two million observations (four
 * Datastreams, generated in SQL), PostgreSQL serves {@code resultQuality/qc_flag} filters of one
 * Datastream from the (datastream_id, qc_flag, phenomenon_time_start) index of migration V3,
 * for the statement shape the store sends (a flag range in time order may instead use the covering
 * time index, which includes qc_flag), and the store answers from the flag column.
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
    void aRareFlagOfOneDatastreamIsReadThroughTheFlagIndex() throws Exception {
        String plan = db.explain("SELECT o.id, o.result_number FROM observations o WHERE o.datastream_id = "
                + (first + 1) + " AND o.qc_flag = 4 ORDER BY o.id LIMIT 101");
        assertThat(plan).contains("Index Scan using observations_2013_06_datastream_id_qc_flag")
                .doesNotContain(SCAN_OF_THE_DATA);
    }

    @Test
    void aFlagRangeInTimeOrderIsReadFromAnIndexToo() throws Exception {
        String plan = db.explain("SELECT o.id FROM observations o WHERE o.datastream_id = " + (first + 1)
                + " AND o.qc_flag >= 3 ORDER BY o.phenomenon_time_start, o.id LIMIT 101");
        assertThat(plan).containsPattern("Index (Only )?Scan using observations_2013_06_")
                .doesNotContain(SCAN_OF_THE_DATA);
    }

    @Test
    void theStoreFiltersOnTheFlagColumn() {
        var page = db.store.readCollection(Version.V11, ResourcePathParser.parse("Datastreams(" + (first + 2) + ")/Observations"),
                QueryParser.parse(Map.of("$filter", List.of("resultQuality/qc_flag eq 4"), "$top", List.of("5000"),
                        "$count", List.of("true"))));
        assertThat(page.rows()).hasSize(PER_DATASTREAM / 500);
    }
}
