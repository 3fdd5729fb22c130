package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code $count} of all Observations is estimated from the table statistics above a million rows
 * (documented in docs/data-model.md); filtered counts stay exact.
 */
class CountEstimateTest {

    @Test
    @DisplayName("req/request-data/count: unfiltered count of a huge observation table is the estimate, filtered is exact")
    void estimateAboveAMillion() throws Exception {
        StoreFixture f = StoreFixture.get();
        long ds = f.datastream("count estimate", 3.0, 42.0);
        f.observe(ds, "2099-01-15T00:00:00Z", "1.5");
        long exactBefore = f.read("Observations", "$count", "true", "$top", "0").count();
        try (Connection c = f.dataSource().getConnection(); Statement s = c.createStatement()) {
            // statistics as ANALYZE would leave them for two million rows in this month
            s.execute("UPDATE pg_class SET reltuples = 2000000 WHERE oid = 'observations_2099_01'::regclass");
        }
        try {
            long estimated = f.read("Observations", "$count", "true", "$top", "0").count();
            assertThat(estimated).isGreaterThanOrEqualTo(2_000_000L).isNotEqualTo(exactBefore);
            long filtered = f.read("Datastreams(" + ds + ")/Observations", "$count", "true").count();
            assertThat(filtered).isEqualTo(1);
        } finally {
            try (Connection c = f.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("ANALYZE observations_2099_01");
            }
        }
        assertThat(f.read("Observations", "$count", "true", "$top", "0").count()).isEqualTo(exactBefore);
    }
}
