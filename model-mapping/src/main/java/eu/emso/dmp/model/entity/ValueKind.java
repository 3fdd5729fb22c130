package eu.emso.dmp.model.entity;

/** How a property's value is represented in JSON and stored in columns. */
public enum ValueKind {
    /** The numeric {@code @iot.id}, column {@code id}. */
    ID,
    /** A JSON string stored in a text column. */
    TEXT,
    /** Any JSON value stored as jsonb (properties, parameters, unitOfMeasurement, metadata). */
    JSON,
    /** A GeoJSON value kept verbatim in a jsonb column, with a derived PostGIS geometry column. */
    GEOJSON,
    /** A time instant (ISO 8601) in one timestamptz column. */
    INSTANT,
    /** A time instant or interval in {@code <column>_start} and {@code <column>_end}. */
    INSTANT_OR_INTERVAL,
    /** A time interval in {@code <column>_start} and {@code <column>_end}. */
    INTERVAL,
    /** An Observation result of any JSON type, in the result_* columns. */
    RESULT
}
