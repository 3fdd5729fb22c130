/**
 * SensorThings resource paths (OGC 18-088, 9.2): {@code Things(1)/Datastreams}, properties,
 * {@code $value} and {@code $ref}, parsed against the entity model. Shared by the HTTP and MQTT
 * faces, which address entities the same way.
 */
package eu.emso.dmp.model.path;
