/**
 * The SensorThings source kind: reads Datastreams (with their Thing, Locations, Sensor and
 * ObservedProperty) and their Observations from a SensorThings API 1.0 or 1.1 service.
 */
package eu.emso.dmp.server.federation.sta;
