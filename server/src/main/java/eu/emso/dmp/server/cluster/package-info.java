/**
 * {@code dmp cluster}: a scale-out deployment on one machine (primary, streaming replica, MQTT
 * broker, server nodes, HAProxy) for tests and demos; docs/scale-out.md.
 */
package eu.emso.dmp.server.cluster;
