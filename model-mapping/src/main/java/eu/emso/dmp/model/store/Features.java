package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.InvalidEntityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Generates the FeatureOfInterest of an Observation that names none from the Location of its
 * Datastream's Thing (OGC 18-088, 10.2.2), reusing the feature generated for that Location.
 */
final class Features {
    private static final String LOCATION = "SELECT l.id, l.gen_foi_id, f.id FROM %s d "
            + "JOIN thing_locations tl ON tl.thing_id = d.thing_id JOIN locations l ON l.id = tl.location_id "
            + "LEFT JOIN features f ON f.id = l.gen_foi_id WHERE d.id = ? ORDER BY l.id LIMIT 1";
    private static final String CREATE = "INSERT INTO features (name, description, encoding_type, feature, geom) "
            + "SELECT name, description, encoding_type, location, geom FROM locations WHERE id = ? RETURNING id";

    private Features() {
    }

    /**
     * The id of the feature generated for the Location of the Thing of a Datastream
     * ({@code table} datastreams) or MultiDatastream ({@code table} multi_datastreams).
     */
    static long forStream(Connection c, String table, long streamId) throws SQLException {
        long[] location = location(c, table, streamId);
        if (location[1] > 0) {
            return location[1];
        }
        long locationId = location[0];
        long featureId;
        try (PreparedStatement ps = c.prepareStatement(CREATE)) {
            ps.setLong(1, locationId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                featureId = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE locations SET gen_foi_id = ? WHERE id = ?")) {
            ps.setLong(1, featureId);
            ps.setLong(2, locationId);
            ps.executeUpdate();
        }
        return featureId;
    }

    /** As {@link #forStream}, but null when that feature has not been generated yet. */
    static Long generated(Connection c, String table, long streamId) throws SQLException {
        long feature = location(c, table, streamId)[1];
        return feature > 0 ? feature : null;
    }

    /** The id of the Location and of its generated feature (0 if none). */
    private static long[] location(Connection c, String table, long streamId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(String.format(LOCATION, table))) {
            ps.setLong(1, streamId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new InvalidEntityException("the Observation has no FeatureOfInterest and the Thing of its "
                            + (table.equals("datastreams") ? "Datastream " : "MultiDatastream ") + streamId
                            + " has no Location to derive one from");
                }
                return new long[] {rs.getLong(1), rs.getLong(3)};
            }
        }
    }
}
