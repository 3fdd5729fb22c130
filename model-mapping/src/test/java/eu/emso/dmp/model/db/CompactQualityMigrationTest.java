package eu.emso.dmp.model.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Migration {@code V6__compact_quality.sql} on observations written before it: quality control's
 * documents are unpacked into the compact columns and read back identical; every other document
 * is left as it was and reads back as before.
 */
class CompactQualityMigrationTest extends ClusterTest {
    private static final String OURS = "{\"qc_flag\": 3, \"qartod\": {\"gross_range_test\": 1, \"climatology_test\": 1,"
            + " \"spike_test\": 3, \"rate_of_change_test\": 3, \"flat_line_test\": 1}, \"qc_config\": \"04f1c9a0be27\"}";
    private static final String WITH_SOURCE = "{\"qc_flag\": 1, \"qartod\": {\"gross_range_test\": 1},"
            + " \"qc_config\": \"9a3e51c07d42\", \"source_qc\": 4, \"source_qc_scheme\": \"OceanSITES\","
            + " \"source_qartod\": 4}";
    private static final String UNEVALUATED = "{\"qc_flag\": 2, \"qartod\": {}, \"qc_config_error\": \"bad spike\"}";
    private static final String CLIENTS = "{\"qc_flag\": 1, \"qartod\": {\"my_test\": 1}}";
    private static final String NOT_AN_OBJECT = "[1, 2]";

    @Test
    void documentsOfQualityControlBecomeCompactAndAllReadBackUnchanged() throws SQLException {
        DbSettings settings = databaseAtVersion("migrate_quality", "5");
        List<String> documents = List.of(OURS, WITH_SOURCE, UNEVALUATED, CLIENTS, NOT_AN_OBJECT);
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            c.createStatement().execute("SELECT dmp_ensure_partition('2014-02-01T00:00:00Z')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO observations (datastream_id, feature_id, "
                    + "phenomenon_time_start, phenomenon_time_end, result_type, result_number, result_string, "
                    + "result_quality, qc_flag) VALUES (1, 1, ?::timestamptz, ?::timestamptz, 0, 1, '1', "
                    + "CAST(? AS jsonb), ?)")) {
                for (int i = 0; i < documents.size(); i++) {
                    String t = "2014-02-01T00:00:0" + i + "Z";
                    ps.setString(1, t);
                    ps.setString(2, t);
                    ps.setString(3, documents.get(i));
                    ps.setShort(4, (short) (i == 0 ? 3 : i == 2 ? 2 : 1));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        Database.open(settings).close();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT dmp_result_quality(qc_flag, qc_tests, "
                     + "qc_config, result_quality)::text, qc_tests, qc_config, result_quality::text "
                     + "FROM observations ORDER BY phenomenon_time_start")) {
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Object[] {rs.getString(1), rs.getObject(2), rs.getObject(3), rs.getString(4)});
            }
            assertThat(rows).hasSize(documents.size());
            for (int i = 0; i < documents.size(); i++) {
                assertThat(rows.get(i)[0]).as("document %d reads back unchanged", i)
                        .isEqualTo(jsonb(c, documents.get(i)));
            }
            assertThat(rows.get(0)[1]).isEqualTo(1 | 1 << 4 | 3 << 8 | 3 << 12 | 1 << 16);
            assertThat(rows.get(0)[2]).isEqualTo(0x04f1c9a0be27L);
            assertThat(rows.get(0)[3]).as("nothing left beside the compact flags").isNull();
            assertThat(rows.get(1)[3]).isEqualTo(jsonb(c,
                    "{\"source_qc\": 4, \"source_qc_scheme\": \"OceanSITES\", \"source_qartod\": 4}"));
            assertThat(rows.get(2)[1]).isEqualTo(0);
            assertThat(rows.get(2)[2]).isNull();
            assertThat(rows.get(2)[3]).isEqualTo(jsonb(c, "{\"qc_config_error\": \"bad spike\"}"));
            assertThat(rows.get(3)[1]).as("a test we do not store: kept as it was").isNull();
            assertThat(rows.get(4)[1]).isNull();
        }
    }

    private static String jsonb(Connection c, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS jsonb)::text")) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
