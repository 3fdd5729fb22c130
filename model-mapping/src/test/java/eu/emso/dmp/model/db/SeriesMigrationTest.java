package eu.emso.dmp.model.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration {@code V12__datastream_features.sql} on a database written before it, which already
 * had the later V13 applied (versions are reserved per feature, so V12 arrives out of order): the
 * server still starts, applies V12, and every (Datastream, feature) pair starts with the
 * phenomenon time range of the observations it already holds.
 */
class SeriesMigrationTest extends ClusterTest {

    @Test
    void laterVersionAppliedFirstAndExistingSeriesFilled() throws Exception {
        DbSettings settings = databaseAtVersion("migrate_series", "9");
        Path without12 = Files.createTempDirectory("migrations");
        for (String name : List.of("V13__outbox_deleted_links.sql")) {
            try (InputStream in = Database.class.getResourceAsStream("/db/migration/" + name)) {
                Files.write(without12.resolve(name), in.readAllBytes());
            }
        }
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("filesystem:" + without12).ignoreMigrationPatterns("*:missing").load().migrate();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO things (id, name, description) VALUES (1, 'OBSEA', 'cabled node')");
            s.execute("INSERT INTO sensors (id, name, description, encoding_type, metadata) "
                    + "VALUES (1, 'SBE37', 'CTD', 'text/plain', '\"SBE37\"')");
            s.execute("INSERT INTO observed_properties (id, name, definition, description) "
                    + "VALUES (1, 'TEMP', 'TEMPPR01', 'sea water temperature')");
            s.execute("INSERT INTO datastreams (id, name, description, observation_type, unit_of_measurement, "
                    + "thing_id, sensor_id, observed_property_id) VALUES (1, 'ds1', 'd', 'OM_Measurement', '{}', 1, 1, 1)");
            s.execute("INSERT INTO features (id, name, description, encoding_type, feature) VALUES "
                    + "(1, 'a', 'a', 'application/geo+json', '{}'), (2, 'b', 'b', 'application/geo+json', '{}')");
            s.execute("SELECT dmp_ensure_partition('2014-02-01T00:00:00Z')");
            s.execute("SELECT dmp_ensure_partition('2014-03-01T00:00:00Z')");
            s.execute("INSERT INTO observations (datastream_id, feature_id, phenomenon_time_start, phenomenon_time_end, "
                    + "result_type, result_number) SELECT 1, f, t, t, 0, 1 FROM (VALUES "
                    + "(1, '2014-02-01T00:00:00Z'::timestamptz), (1, '2014-03-02T00:00:00Z'), "
                    + "(2, '2014-02-10T00:00:00Z')) v (f, t)");
        }
        Database.open(settings).close();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT feature_id, phenomenon_time_start AT TIME ZONE 'UTC', "
                     + "phenomenon_time_end AT TIME ZONE 'UTC' FROM datastream_features ORDER BY feature_id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
            assertThat(rows).containsExactly("1 2014-02-01 00:00:00 2014-03-02 00:00:00",
                    "2 2014-02-10 00:00:00 2014-02-10 00:00:00");
        }
    }

}
