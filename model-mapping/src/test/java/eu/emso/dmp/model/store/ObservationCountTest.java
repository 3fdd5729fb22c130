package eu.emso.dmp.model.store;

import static eu.emso.dmp.model.store.StoreFixture.json;
import static eu.emso.dmp.model.store.StoreFixture.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.path.PathException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code $count} of a Datastream's Observations and of all Observations without a filter is read
 * from the per-stream counts the write path keeps (docs/data-model.md): it must stay equal to the
 * rows in the table through inserts, duplicates, deletes and moves.
 */
class ObservationCountTest {
    private static final StoreFixture DB = StoreFixture.get();
    private static final EntityStore STORE = DB.store();

    private static long counted(String path) {
        return DB.read(path, "$count", "true", "$top", "0").count();
    }

    private static long rows(String where, long... params) throws SQLException {
        try (Connection c = DB.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM observations" + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void assertCountsMatchTheTable(long... streams) throws SQLException {
        for (long ds : streams) {
            assertThat(counted("Datastreams(" + ds + ")/Observations")).as("Datastream %d", ds)
                    .isEqualTo(rows(" WHERE datastream_id = ?", ds));
            assertThat(counted("Datastreams(" + ds + ")/Observations"))
                    .as("the same count as a filtered (row-counting) request")
                    .isEqualTo(DB.read("Observations", "$count", "true", "$top", "0",
                            "$filter", "Datastream/id eq " + ds).count());
        }
        assertThat(counted("Observations")).as("all Observations").isEqualTo(rows(""));
    }

    @Test
    @DisplayName("req/request-data/count: counts follow single and batch writes; duplicates and conflicts are not counted")
    void countsFollowWrites() throws SQLException {
        long a = DB.datastream("count station a", 4.0, 41.0);
        long b = DB.datastream("count station b", 4.5, 41.5);
        assertCountsMatchTheTable(a, b);
        assertThat(counted("Datastreams(" + a + ")/Observations")).isZero();
        DB.observe(a, "2024-03-01T00:00:00Z", "1.0");
        long sent = DB.observe(a, "2024-03-01T00:00:01Z", "1.1");
        assertThat(DB.observe(a, "2024-03-01T00:00:01Z", "1.1")).as("a resent duplicate").isEqualTo(sent);
        assertThatThrownBy(() -> DB.observe(a, "2024-03-01T00:00:01Z", "9.9")).as("another value at the same time")
                .isInstanceOf(ConflictException.class);
        DB.create("Datastreams(" + b + ")/Observations", "{\"phenomenonTime\": \"2024-04-30T23:59:59Z\", \"result\": 2}");
        STORE.inTransaction(t -> {
            t.create(path("Datastreams(" + b + ")/Observations"), json("{\"phenomenonTime\": \"2024-05-01T00:00:00Z\", \"result\": 3}"));
            t.create(path("Datastreams(" + a + ")/Observations"), json("{\"phenomenonTime\": \"2024-05-01T00:00:00Z\", \"result\": 4}"));
            return null;
        });
        assertThat(counted("Datastreams(" + a + ")/Observations")).isEqualTo(3);
        assertThat(counted("Datastreams(" + b + ")/Observations")).isEqualTo(2);
        assertCountsMatchTheTable(a, b);
    }

    @Test
    @DisplayName("req/request-data/count: deleting an Observation or a FeatureOfInterest, and moving one, keep counts exact")
    void countsFollowDeletesAndMoves() throws SQLException {
        long a = DB.datastream("count station c", 5.0, 42.0);
        long b = DB.datastream("count station d", 5.5, 42.5);
        long first = DB.observe(a, "2024-06-01T00:00:00Z", "1");
        long second = DB.observe(a, "2024-06-01T00:01:00Z", "2");
        DB.observe(a, "2024-06-01T00:02:00Z", "3");
        DB.observe(b, "2024-06-01T00:00:00Z", "4");

        STORE.delete(path("Observations(" + first + ")"));
        assertThat(counted("Datastreams(" + a + ")/Observations")).isEqualTo(2);

        STORE.update(path("Observations(" + second + ")"), json("{\"Datastream\": {\"@iot.id\": " + b + "}}"), false);
        assertThat(counted("Datastreams(" + a + ")/Observations")).isEqualTo(1);
        assertThat(counted("Datastreams(" + b + ")/Observations")).isEqualTo(2);
        assertCountsMatchTheTable(a, b);

        long foi = DB.entity("Observations(" + second + ")/FeatureOfInterest").id();
        STORE.delete(path("FeaturesOfInterest(" + foi + ")"));
        assertThat(counted("Datastreams(" + a + ")/Observations")).isZero();
        assertThat(counted("Datastreams(" + b + ")/Observations")).as("the moved Observation went with the feature")
                .isEqualTo(1);
        assertThatThrownBy(() -> DB.entity("Observations(" + second + ")")).isInstanceOf(PathException.class);
        assertCountsMatchTheTable(a, b);

        STORE.delete(path("Datastreams(" + b + ")"));
        assertThat(counted("Observations")).isEqualTo(rows(""));
    }
}
