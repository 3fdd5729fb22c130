/**
 * The SOS 2.0 Core conformance class (OGC 12-006 clause 8, {@code /conf/core}):
 * GetCapabilities, DescribeSensor (SensorML 2.0 PhysicalSystem) and GetObservation (O&amp;M 2.0),
 * with the filters of clause 8.4 compiled onto the store's query model.
 */
package eu.emso.dmp.server.sos.core;
