package eu.emso.dmp.model.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Migration {@code V7__observation_counts.sql} on a database written before it: every Datastream
 * and MultiDatastream starts with the number of observations it already holds.
 */
class ObservationCountMigrationTest extends ClusterTest {

    @Test
    void existingObservationsAreCountedPerStream() throws SQLException {
        DbSettings settings = databaseAtVersion("migrate_counts", "6");
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO things (id, name, description) VALUES (1, 'OBSEA', 'cabled node')");
            s.execute("INSERT INTO sensors (id, name, description, encoding_type, metadata) "
                    + "VALUES (1, 'SBE37', 'CTD', 'text/plain', '\"SBE37\"')");
            s.execute("INSERT INTO observed_properties (id, name, definition, description) "
                    + "VALUES (1, 'TEMP', 'TEMPPR01', 'sea water temperature')");
            for (int ds = 1; ds <= 3; ds++) {
                s.execute("INSERT INTO datastreams (id, name, description, observation_type, unit_of_measurement, "
                        + "thing_id, sensor_id, observed_property_id) VALUES (" + ds + ", 'ds" + ds + "', 'd', "
                        + "'OM_Measurement', '{}', 1, 1, 1)");
            }
            s.execute("INSERT INTO multi_datastreams (id, name, description, observation_type, "
                    + "multi_observation_data_types, unit_of_measurements, thing_id, sensor_id) "
                    + "VALUES (1, 'md', 'd', 'OM_ComplexObservation', '[]', '[]', 1, 1)");
            s.execute("SELECT dmp_ensure_partition('2014-02-01T00:00:00Z')");
            s.execute("SELECT dmp_ensure_partition('2014-03-01T00:00:00Z')");
            // Datastream 1: 4 observations over two monthly partitions; 2: one; 3: none; multi: two
            s.execute("INSERT INTO observations (datastream_id, multi_datastream_id, feature_id, "
                    + "phenomenon_time_start, phenomenon_time_end, result_type, result_number) "
                    + "SELECT ds, md, 1, t, t, 0, 1 FROM (VALUES "
                    + "(1, NULL, '2014-02-01T00:00:00Z'::timestamptz), (1, NULL, '2014-02-01T00:00:01Z'), "
                    + "(1, NULL, '2014-03-01T00:00:00Z'), (1, NULL, '2014-03-02T00:00:00Z'), "
                    + "(2, NULL, '2014-02-01T00:00:00Z'), "
                    + "(NULL, 1, '2014-02-01T00:00:00Z'), (NULL, 1, '2014-02-01T00:00:01Z')) v (ds, md, t)");
        }
        Database.open(settings).close();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            assertThat(counts(s, "datastreams")).containsExactly(Map.entry(1L, 4L), Map.entry(2L, 1L), Map.entry(3L, 0L));
            assertThat(counts(s, "multi_datastreams")).containsExactly(Map.entry(1L, 2L));
        }
    }

    private static Map<Long, Long> counts(Statement s, String table) throws SQLException {
        Map<Long, Long> out = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT id, observation_count FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return out;
    }
}
