package eu.emso.dmp.model.entity;

import static eu.emso.dmp.model.entity.Property.geojson;
import static eu.emso.dmp.model.entity.Property.id;
import static eu.emso.dmp.model.entity.Property.optional;
import static eu.emso.dmp.model.entity.Property.properties11;
import static eu.emso.dmp.model.entity.Property.required;
import static eu.emso.dmp.model.entity.ValueKind.INSTANT;
import static eu.emso.dmp.model.entity.ValueKind.INSTANT_OR_INTERVAL;
import static eu.emso.dmp.model.entity.ValueKind.INTERVAL;
import static eu.emso.dmp.model.entity.ValueKind.JSON;
import static eu.emso.dmp.model.entity.ValueKind.TEXT;

import java.util.List;

/**
 * The entity types of the SensorThings Sensing profile (OGC 18-088, 8.2), with their properties
 * in the order the standard lists them. Immutable and thread-safe.
 */
public enum EntityType {
    THING("Things", "Thing", "things",
            required("name", TEXT, "name"), required("description", TEXT, "description"),
            optional("properties", JSON, "properties")),
    LOCATION("Locations", "Location", "locations",
            required("name", TEXT, "name"), required("description", TEXT, "description"),
            required("encodingType", TEXT, "encoding_type"), geojson("location", "location", "geom"),
            properties11()),
    HISTORICAL_LOCATION("HistoricalLocations", "HistoricalLocation", "historical_locations",
            required("time", INSTANT, "time")),
    SENSOR("Sensors", "Sensor", "sensors",
            required("name", TEXT, "name"), required("description", TEXT, "description"),
            required("encodingType", TEXT, "encoding_type"), required("metadata", JSON, "metadata"),
            properties11()),
    OBSERVED_PROPERTY("ObservedProperties", "ObservedProperty", "observed_properties",
            required("name", TEXT, "name"), required("definition", TEXT, "definition"),
            required("description", TEXT, "description"), properties11()),
    DATASTREAM("Datastreams", "Datastream", "datastreams",
            required("name", TEXT, "name"), required("description", TEXT, "description"),
            required("unitOfMeasurement", JSON, "unit_of_measurement"),
            required("observationType", TEXT, "observation_type"),
            new Property("observedArea", ValueKind.GEOJSON, null, "observed_area", false, true, false),
            new Property("phenomenonTime", INTERVAL, "phenomenon_time", null, false, false, false),
            new Property("resultTime", INTERVAL, "result_time", null, false, false, false),
            properties11()),
    MULTI_DATASTREAM("MultiDatastreams", "MultiDatastream", "multi_datastreams",
            required("name", TEXT, "name"), required("description", TEXT, "description"),
            required("unitOfMeasurements", JSON, "unit_of_measurements"),
            required("observationType", TEXT, "observation_type"),
            required("multiObservationDataTypes", JSON, "multi_observation_data_types"),
            new Property("observedArea", ValueKind.GEOJSON, null, "observed_area", false, true, false),
            new Property("phenomenonTime", INTERVAL, "phenomenon_time", null, false, false, false),
            new Property("resultTime", INTERVAL, "result_time", null, false, false, false),
            properties11()),
    FEATURE_OF_INTEREST("FeaturesOfInterest", "FeatureOfInterest", "features",
            required("name", TEXT, "name"), required("description", TEXT, "description"),
            required("encodingType", TEXT, "encoding_type"), geojson("feature", "feature", "geom"),
            properties11()),
    OBSERVATION("Observations", "Observation", "observations",
            optional("phenomenonTime", INSTANT_OR_INTERVAL, "phenomenon_time"),
            optional("resultTime", INSTANT, "result_time"),
            required("result", ValueKind.RESULT, "result"),
            optional("resultQuality", JSON, "result_quality"),
            optional("validTime", INTERVAL, "valid_time"),
            optional("parameters", JSON, "parameters"));

    private final String setName;
    private final String singular;
    private final String table;
    private final List<Property> properties;

    EntityType(String setName, String singular, String table, Property... properties) {
        this.setName = setName;
        this.singular = singular;
        this.table = table;
        this.properties = List.of(prepend(id(), properties));
    }

    private static Property[] prepend(Property first, Property[] rest) {
        Property[] all = new Property[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** The entity set name, e.g. {@code Things}. */
    public String setName() {
        return setName;
    }

    /** The singular name, e.g. {@code Thing}. */
    public String singular() {
        return singular;
    }

    /** The table holding this type. */
    public String table() {
        return table;
    }

    /** All properties, {@code id} first. */
    public List<Property> properties() {
        return properties;
    }

    /** The property with this JSON name ({@code @iot.id} names {@code id}), or null. */
    public Property property(String name) {
        String n = "@iot.id".equals(name) ? "id" : name;
        for (Property p : properties) {
            if (p.name().equals(n)) {
                return p;
            }
        }
        return null;
    }

    /** Navigation properties of this type. */
    public List<Navigation> navigations() {
        return Navigations.of(this);
    }

    /** The navigation property with this name, or null. */
    public Navigation navigation(String name) {
        for (Navigation n : navigations()) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }

    /** The type whose entity set has this name, or null. */
    public static EntityType ofSetName(String name) {
        for (EntityType t : values()) {
            if (t.setName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
