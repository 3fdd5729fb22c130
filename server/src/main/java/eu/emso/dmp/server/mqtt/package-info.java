/**
 * The SensorThings MQTT extension (OGC 18-088, clause 14): clients subscribe to resource-path
 * topics such as {@code v1.1/Datastreams(1)/Observations} and receive every entity created or
 * updated there, and create Observations by publishing them to a collection topic.
 *
 * <p>The face listens to the entity store's change feed (called after commit) and publishes on a
 * broker: an embedded one in the server process, or an external one shared by several server
 * nodes. It talks to the core only; no other face is imported.
 */
package eu.emso.dmp.server.mqtt;
