/**
 * The SensorThings data model (OGC 18-088, section 8) as an immutable description: entity types,
 * their properties with value kinds and columns, and the navigation links between them.
 *
 * <p>Everything that depends on the shape of the model (JSON encoding and decoding, resource
 * paths, query translation, writes) is driven by this description rather than written per type.
 */
package eu.emso.dmp.model.entity;
