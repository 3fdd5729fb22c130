package eu.emso.dmp.model.store;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.entity.Property;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.postgresql.util.PGobject;

/**
 * Decodes JSON property values of a request body into column values, checking each against its
 * property's kind. Errors name the property.
 */
final class Decoded {
    private Decoded() {
    }

    /**
     * The columns of the writable properties present in {@code body}; with {@code all}, also of
     * those absent (as null, for create and PUT). A required property that is absent or null is
     * an error.
     */
    static Map<String, Object> properties(eu.emso.dmp.model.entity.EntityType type, JsonNode body, boolean all) {
        Map<String, Object> cols = new java.util.LinkedHashMap<>();
        for (Property p : type.properties()) {
            JsonNode v = body.get(p.name());
            if (p.readOnly() || (v == null && !all)) {
                continue;
            }
            if (v == null && p.required()) {
                throw new InvalidEntityException(Words.article(type) + " " + type.singular() + " needs '"
                        + p.name() + "'");
            }
            if (v != null || !p.required()) {
                columns(p, v, cols);
            }
        }
        return cols;
    }

    /** Column name to value for {@code p} given its JSON value {@code v} (JSON null allowed). */
    static void columns(Property p, JsonNode v, Map<String, Object> out) {
        boolean isNull = v == null || v.isNull();
        if (isNull && p.required()) {
            throw new InvalidEntityException("'" + p.name() + "' must not be null");
        }
        switch (p.kind()) {
            case TEXT -> out.put(p.column(), isNull ? null : text(p, v));
            case JSON -> out.put(p.column(), isNull ? null : jsonb(jsonOf(p, v)));
            case GEOJSON -> {
                out.put(p.column(), isNull ? null : jsonb(object(p, v)));
                out.put(p.geometryColumn(), isNull ? null : geometry(p, v));
            }
            case INSTANT -> out.put(p.column(), isNull ? null : instant(p, v.isTextual() ? v.asText() : null));
            case INSTANT_OR_INTERVAL, INTERVAL -> {
                OffsetDateTime[] t = isNull ? new OffsetDateTime[2] : interval(p, v);
                if (p.kind() == eu.emso.dmp.model.entity.ValueKind.INTERVAL && !isNull && t[1] == null) {
                    throw new InvalidEntityException("'" + p.name() + "' must be a time interval start/end");
                }
                boolean instantAsInterval = p.kind() == eu.emso.dmp.model.entity.ValueKind.INSTANT_OR_INTERVAL;
                out.put(p.startColumn(), t[0]);
                out.put(p.endColumn(), t[1] == null && instantAsInterval ? t[0] : t[1]);
            }
            case RESULT -> result(v, out);
            case ID -> { }
        }
    }

    private static String text(Property p, JsonNode v) {
        if (!v.isTextual()) {
            throw new InvalidEntityException("'" + p.name() + "' must be a string");
        }
        return v.asText();
    }

    private static JsonNode jsonOf(Property p, JsonNode v) {
        boolean objectOnly = p.name().equals("properties") || p.name().equals("parameters")
                || p.name().equals("unitOfMeasurement");
        if (objectOnly && !v.isObject()) {
            throw new InvalidEntityException("'" + p.name() + "' must be a JSON object");
        }
        return v;
    }

    private static JsonNode object(Property p, JsonNode v) {
        if (!v.isObject()) {
            throw new InvalidEntityException("'" + p.name() + "' must be a GeoJSON object");
        }
        return v;
    }

    static PGobject jsonb(JsonNode v) {
        try {
            PGobject o = new PGobject();
            o.setType("jsonb");
            o.setValue(v.toString());
            return o;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GeoJSON (a geometry or a Feature) as WKB in SRID 4326; null if it holds no geometry. */
    private static byte[] geometry(Property p, JsonNode v) {
        JsonNode g = "Feature".equals(v.path("type").asText()) ? v.get("geometry") : v;
        if (g == null || g.isNull()) {
            return null;
        }
        if (!g.has("coordinates") && !g.has("geometries")) {
            throw new InvalidEntityException("'" + p.name() + "' is not valid GeoJSON: a geometry needs its coordinates");
        }
        checkPositions(p, g.get("coordinates"));
        try {
            Geometry geom = new GeoJsonReader().read(g.toString());
            for (org.locationtech.jts.geom.Coordinate xy : geom.getCoordinates()) {
                if (!Double.isFinite(xy.getX()) || !Double.isFinite(xy.getY())) {
                    throw new InvalidEntityException("'" + p.name() + "' has a position without two numbers");
                }
            }
            return new WKBWriter(geom.getCoordinate() != null && !Double.isNaN(geom.getCoordinate().getZ()) ? 3 : 2)
                    .write(geom);
        } catch (ParseException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new InvalidEntityException("'" + p.name() + "' is not valid GeoJSON: " + e.getMessage());
        }
    }

    /** Every GeoJSON position holds two or three numbers (RFC 7946, 3.1.1). */
    private static void checkPositions(Property p, JsonNode c) {
        if (c == null || !c.isArray()) {
            return;
        }
        if (c.size() > 0 && c.get(0).isNumber()) {
            for (JsonNode n : c) {
                if (!n.isNumber()) {
                    throw new InvalidEntityException("'" + p.name() + "' has a position with a non-number: " + c);
                }
            }
            if (c.size() < 2 || c.size() > 3) {
                throw new InvalidEntityException("'" + p.name() + "' has a position without two or three numbers: " + c);
            }
            return;
        }
        for (JsonNode n : c) {
            checkPositions(p, n);
        }
    }

    static OffsetDateTime instant(Property p, String text) {
        if (text == null) {
            throw new InvalidEntityException("'" + p.name() + "' must be an ISO 8601 time string");
        }
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                t = Instant.parse(text).atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new InvalidEntityException("'" + p.name() + "' is not an ISO 8601 time: '" + text + "'");
            }
        }
        int year = t.withOffsetSameInstant(java.time.ZoneOffset.UTC).getYear();
        if (year < 1 || year > 9999) {
            throw new InvalidEntityException("'" + p.name() + "' is out of the years this server stores (0001 to 9999): '"
                    + text + "'");
        }
        return t;
    }

    private static OffsetDateTime[] interval(Property p, JsonNode v) {
        if (!v.isTextual()) {
            throw new InvalidEntityException("'" + p.name() + "' must be an ISO 8601 time or interval string");
        }
        String[] parts = v.asText().split("/", -1);
        if (parts.length > 2) {
            throw new InvalidEntityException("'" + p.name() + "' is not an ISO 8601 interval: '" + v.asText() + "'");
        }
        OffsetDateTime start = instant(p, parts[0]);
        OffsetDateTime end = parts.length == 2 ? instant(p, parts[1]) : null;
        if (end != null && end.isBefore(start)) {
            throw new InvalidEntityException("'" + p.name() + "' ends before it starts");
        }
        return new OffsetDateTime[] {start, end};
    }

    /** Result columns: type code, number, text, json. Numbers keep the text the client sent. */
    static void result(JsonNode v, Map<String, Object> out) {
        List<Object> cols = new ArrayList<>(4);
        if (v == null || v.isNull()) {
            cols.addAll(java.util.Arrays.asList((short) 4, null, null, null));
        } else if (v.isNumber()) {
            if (!Double.isFinite(v.asDouble())) {
                throw new InvalidEntityException("'result' is out of the range of a double-precision number: "
                        + abbreviated(v.asText()));
            }
            cols.addAll(java.util.Arrays.asList((short) 0, v.asDouble(), v.asText(), null));
        } else if (v.isTextual()) {
            cols.addAll(java.util.Arrays.asList((short) 1, null, v.asText(), null));
        } else {
            cols.addAll(java.util.Arrays.asList(v.isBoolean() ? (short) 2 : (short) 3, null, null, jsonb(v)));
        }
        out.put("result_type", cols.get(0));
        out.put("result_number", cols.get(1));
        out.put("result_string", cols.get(2));
        out.put("result_json", cols.get(3));
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
