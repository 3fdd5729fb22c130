package eu.emso.dmp.model.store;

/**
 * What quality control needs to know of a Datastream to pick its configuration. Immutable.
 *
 * @param id                   the Datastream's id
 * @param observedPropertyName the name of its ObservedProperty (an OceanSITES code such as TEMP)
 * @param properties           its {@code properties} as JSON text, or null
 */
public record DatastreamInfo(long id, String observedPropertyName, String properties) {
}
