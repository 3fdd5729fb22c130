package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.InvalidEntityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Checks that the Datastreams, MultiDatastreams and FeaturesOfInterest a batch of observations
 * names exist: the observation table has no foreign keys (they would slow bulk loads), so the
 * writer checks each batch's distinct references with one query instead.
 */
final class References {
    private static final String MISSING = "SELECT 'Datastream', x FROM unnest(?::bigint[]) AS x "
            + "WHERE NOT EXISTS (SELECT 1 FROM datastreams t WHERE t.id = x) "
            + "UNION ALL SELECT 'MultiDatastream', x FROM unnest(?::bigint[]) AS x "
            + "WHERE NOT EXISTS (SELECT 1 FROM multi_datastreams t WHERE t.id = x) "
            + "UNION ALL SELECT 'FeatureOfInterest', x FROM unnest(?::bigint[]) AS x "
            + "WHERE NOT EXISTS (SELECT 1 FROM features t WHERE t.id = x) LIMIT 1";

    private References() {
    }

    /** Throws an {@link InvalidEntityException} naming the first reference that does not exist; one query. */
    static void check(Connection c, List<ObservationRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MISSING)) {
            ps.setObject(1, rows.stream().map(ObservationRow::datastream).filter(Objects::nonNull)
                    .mapToLong(Long::longValue).distinct().toArray());
            ps.setObject(2, rows.stream().map(ObservationRow::multiDatastreamId).filter(Objects::nonNull)
                    .mapToLong(Long::longValue).distinct().toArray());
            ps.setObject(3, rows.stream().mapToLong(ObservationRow::featureId).distinct().toArray());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new InvalidEntityException("there is no " + rs.getString(1) + " with id " + rs.getLong(2));
                }
            }
        }
    }
}
