package eu.emso.dmp.model.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Creates the monthly observation partitions a batch needs, each once, on its own connection
 * and transaction so that writers never hold the DDL lock. Thread-safe.
 */
final class Partitions {
    private final DataSource dataSource;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    Partitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void ensure(Collection<OffsetDateTime> times) throws SQLException {
        for (OffsetDateTime t : times) {
            YearMonth m = YearMonth.from(t.withOffsetSameInstant(ZoneOffset.UTC));
            if (!known.contains(m)) {
                create(t);
                known.add(m);
            }
        }
    }

    private void create(OffsetDateTime t) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT dmp_ensure_partition(?)")) {
            c.setAutoCommit(true);
            ps.setObject(1, t);
            ps.execute();
        }
    }
}
