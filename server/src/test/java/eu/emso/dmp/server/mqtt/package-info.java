/**
 * Tests of the SensorThings MQTT extension: topic parsing and fan-out as unit tests, then one
 * test class per requirement class against a whole server on free ports (embedded PostgreSQL,
 * embedded broker) with real MQTT clients: Paho, the Debian mosquitto clients and broker.
 */
package eu.emso.dmp.server.mqtt;
