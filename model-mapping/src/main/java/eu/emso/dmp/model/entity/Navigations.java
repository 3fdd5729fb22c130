package eu.emso.dmp.model.entity;

import static eu.emso.dmp.model.entity.EntityType.DATASTREAM;
import static eu.emso.dmp.model.entity.EntityType.FEATURE_OF_INTEREST;
import static eu.emso.dmp.model.entity.EntityType.HISTORICAL_LOCATION;
import static eu.emso.dmp.model.entity.EntityType.LOCATION;
import static eu.emso.dmp.model.entity.EntityType.MULTI_DATASTREAM;
import static eu.emso.dmp.model.entity.EntityType.OBSERVATION;
import static eu.emso.dmp.model.entity.EntityType.OBSERVED_PROPERTY;
import static eu.emso.dmp.model.entity.EntityType.SENSOR;
import static eu.emso.dmp.model.entity.EntityType.THING;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The navigation properties of every entity type (OGC 18-088, figure 2), built once. */
final class Navigations {
    private static final Map<EntityType, List<Navigation>> ALL = build();

    private Navigations() {
    }

    static List<Navigation> of(EntityType type) {
        return ALL.get(type);
    }

    private static Map<EntityType, List<Navigation>> build() {
        Link.Table thingLocations = new Link.Table("thing_locations", "thing_id", "location_id");
        Link.Table locationThings = new Link.Table("thing_locations", "location_id", "thing_id");
        Link.Table locationHistory = new Link.Table("location_historical_locations", "location_id",
                "historical_location_id");
        Link.Table historyLocations = new Link.Table("location_historical_locations",
                "historical_location_id", "location_id");
        Link.Table multiProperties = new Link.Table("multi_datastream_observed_properties", "multi_datastream_id",
                "observed_property_id", "rank", "multi_datastream_id");
        Link.Table propertyMultis = new Link.Table("multi_datastream_observed_properties", "observed_property_id",
                "multi_datastream_id", "rank", "multi_datastream_id");
        Map<EntityType, List<Navigation>> m = new EnumMap<>(EntityType.class);
        m.put(THING, List.of(
                many("Datastreams", THING, DATASTREAM, new Link.TargetKey("thing_id")),
                many("Locations", THING, LOCATION, thingLocations),
                many("HistoricalLocations", THING, HISTORICAL_LOCATION, new Link.TargetKey("thing_id")),
                many("MultiDatastreams", THING, MULTI_DATASTREAM, new Link.TargetKey("thing_id"))));
        m.put(LOCATION, List.of(
                many("Things", LOCATION, THING, locationThings),
                many("HistoricalLocations", LOCATION, HISTORICAL_LOCATION, locationHistory)));
        m.put(HISTORICAL_LOCATION, List.of(
                one("Thing", HISTORICAL_LOCATION, THING, "thing_id", true),
                many("Locations", HISTORICAL_LOCATION, LOCATION, historyLocations)));
        m.put(SENSOR, List.of(many("Datastreams", SENSOR, DATASTREAM, new Link.TargetKey("sensor_id")),
                many("MultiDatastreams", SENSOR, MULTI_DATASTREAM, new Link.TargetKey("sensor_id"))));
        m.put(OBSERVED_PROPERTY, List.of(
                many("Datastreams", OBSERVED_PROPERTY, DATASTREAM, new Link.TargetKey("observed_property_id")),
                many("MultiDatastreams", OBSERVED_PROPERTY, MULTI_DATASTREAM, propertyMultis)));
        m.put(MULTI_DATASTREAM, List.of(
                one("Thing", MULTI_DATASTREAM, THING, "thing_id", true),
                one("Sensor", MULTI_DATASTREAM, SENSOR, "sensor_id", true),
                many("ObservedProperties", MULTI_DATASTREAM, OBSERVED_PROPERTY, multiProperties),
                many("Observations", MULTI_DATASTREAM, OBSERVATION, new Link.TargetKey("multi_datastream_id"))));
        m.put(DATASTREAM, List.of(
                one("Thing", DATASTREAM, THING, "thing_id", true),
                one("Sensor", DATASTREAM, SENSOR, "sensor_id", true),
                one("ObservedProperty", DATASTREAM, OBSERVED_PROPERTY, "observed_property_id", true),
                many("Observations", DATASTREAM, OBSERVATION, new Link.TargetKey("datastream_id"))));
        m.put(FEATURE_OF_INTEREST, List.of(
                many("Observations", FEATURE_OF_INTEREST, OBSERVATION, new Link.TargetKey("feature_id"))));
        m.put(OBSERVATION, List.of(
                one("Datastream", OBSERVATION, DATASTREAM, "datastream_id", false),
                one("MultiDatastream", OBSERVATION, MULTI_DATASTREAM, "multi_datastream_id", false),
                one("FeatureOfInterest", OBSERVATION, FEATURE_OF_INTEREST, "feature_id", false)));
        return m;
    }

    private static Navigation many(String name, EntityType source, EntityType target, Link link) {
        return new Navigation(name, source, target, true, link, false);
    }

    private static Navigation one(String name, EntityType source, EntityType target, String column,
                                  boolean required) {
        return new Navigation(name, source, target, false, new Link.SourceKey(column), required);
    }
}
