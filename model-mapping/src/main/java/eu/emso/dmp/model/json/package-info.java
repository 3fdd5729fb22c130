/**
 * The SensorThings JSON representations (OGC 18-088, 8 and 9.2): entities, collections with
 * {@code @iot.count} and {@code @iot.nextLink}, self and navigation links. Shared by every face
 * that sends entities (HTTP, MQTT).
 */
package eu.emso.dmp.model.json;
