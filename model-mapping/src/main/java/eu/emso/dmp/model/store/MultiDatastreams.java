package eu.emso.dmp.model.store;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.json.Json;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The rules of MultiDatastreams (OGC 18-088, 12.2): one ObservedProperty, unit and data type per
 * position of the result arrays, and results of exactly that length.
 */
final class MultiDatastreams {
    static final String COMPLEX = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_ComplexObservation";

    private MultiDatastreams() {
    }

    /** After creation: the arrays and the ObservedProperties have the same length. */
    static void checkShape(Connection c, long id, JsonNode body) throws SQLException {
        if (!COMPLEX.equals(body.path("observationType").asText())) {
            throw new InvalidEntityException("the observationType of a MultiDatastream must be " + COMPLEX);
        }
        long n = size(c, id);
        JsonNode units = body.get("unitOfMeasurements");
        JsonNode types = body.get("multiObservationDataTypes");
        if (n == 0 || !units.isArray() || !types.isArray() || units.size() != n || types.size() != n) {
            throw new InvalidEntityException("a MultiDatastream needs as many unitOfMeasurements and "
                    + "multiObservationDataTypes as ObservedProperties (at least one); found " + n
                    + " ObservedProperties, " + (units.isArray() ? units.size() : "no array of") + " units and "
                    + (types.isArray() ? types.size() : "no array of") + " data types");
        }
    }

    /** The result of an observation of MultiDatastream {@code id} is an array of the right length. */
    static void checkResult(Connection c, long id, Map<String, Object> cols) throws SQLException {
        Object json = cols.get("result_json");
        JsonNode result = null;
        try {
            result = json == null ? null : Json.mapper().readTree(json.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        long n = size(c, id);
        if (result == null || !result.isArray() || result.size() != n) {
            throw new InvalidEntityException("the result of an Observation of MultiDatastream " + id
                    + " must be an array of " + n + " values, one per ObservedProperty");
        }
    }

    private static long size(Connection c, long id) throws SQLException {
        return Rows.longs(c, "SELECT count(*) FROM multi_datastream_observed_properties WHERE multi_datastream_id = ?",
                id).get(0);
    }
}
