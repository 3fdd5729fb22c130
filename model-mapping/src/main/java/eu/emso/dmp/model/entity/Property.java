package eu.emso.dmp.model.entity;

/**
 * A property of an entity type.
 *
 * @param name      the JSON name as the standard writes it (e.g. {@code encodingType})
 * @param kind      value representation
 * @param column    the column, or the column prefix for time intervals
 * @param geometryColumn for {@link ValueKind#GEOJSON}: the derived geometry column; else null
 * @param required  whether a create request must carry it
 * @param readOnly  computed by the server; ignored in create and update requests
 * @param since11   present only in SensorThings 1.1 representations
 */
public record Property(String name, ValueKind kind, String column, String geometryColumn,
                       boolean required, boolean readOnly, boolean since11) {

    static Property id() {
        return new Property("id", ValueKind.ID, "id", null, false, true, false);
    }

    static Property required(String name, ValueKind kind, String column) {
        return new Property(name, kind, column, null, true, false, false);
    }

    static Property optional(String name, ValueKind kind, String column) {
        return new Property(name, kind, column, null, false, false, false);
    }

    static Property geojson(String name, String jsonColumn, String geometryColumn) {
        return new Property(name, ValueKind.GEOJSON, jsonColumn, geometryColumn, true, false, false);
    }

    /** The 1.1 {@code properties} object. */
    static Property properties11() {
        return new Property("properties", ValueKind.JSON, "properties", null, false, false, true);
    }

    /** Whether a property is part of the representation in the given protocol version. */
    public boolean visibleIn(Version version) {
        return !since11 || version == Version.V11;
    }

    /** Column of the start of an interval-valued property. */
    public String startColumn() {
        return column + "_start";
    }

    /** Column of the end of an interval-valued property. */
    public String endColumn() {
        return column + "_end";
    }
}
