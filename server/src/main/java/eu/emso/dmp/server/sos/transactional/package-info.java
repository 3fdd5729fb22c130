/**
 * The SOS 2.0 Transactional conformance classes (OGC 12-006 clause 10): InsertSensor
 * ({@code /conf/sensorInsertion}), DeleteSensor ({@code /conf/sensorDeletion}) and
 * InsertObservation ({@code /conf/obsInsertion}), all through the store's one write path
 * (quality control, deduplication, change events to MQTT), each request in one transaction.
 */
package eu.emso.dmp.server.sos.transactional;
