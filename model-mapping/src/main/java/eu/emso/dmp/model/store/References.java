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
 * writer checks each batch's distinct references with one query per table instead.
 */
final class References {
    private static final String MISSING = "SELECT x FROM unnest(?::bigint[]) AS x WHERE NOT EXISTS "
            + "(SELECT 1 FROM %s t WHERE t.id = x) LIMIT 1";

    private References() {
    }

    static void check(Connection c, List<ObservationRow> rows) throws SQLException {
        missing(c, "datastreams", "Datastream", rows.stream().map(ObservationRow::datastream)
                .filter(Objects::nonNull).mapToLong(Long::longValue).distinct().toArray());
        missing(c, "multi_datastreams", "MultiDatastream", rows.stream().map(ObservationRow::multiDatastreamId)
                .filter(Objects::nonNull).mapToLong(Long::longValue).distinct().toArray());
        missing(c, "features", "FeatureOfInterest", rows.stream().mapToLong(ObservationRow::featureId)
                .distinct().toArray());
    }

    private static void missing(Connection c, String table, String type, long[] ids) throws SQLException {
        if (ids.length == 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(String.format(MISSING, table))) {
            ps.setObject(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new InvalidEntityException("there is no " + type + " with id " + rs.getLong(1));
                }
            }
        }
    }
}
