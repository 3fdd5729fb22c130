/**
 * The SOS 2.0 source kind (OGC 12-006, KVP binding): {@link eu.emso.dmp.server.federation.sos.SosReader}
 * lists a service's offerings, procedures, observed properties and features
 * (GetCapabilities, GetDataAvailability or GetFeatureOfInterest, DescribeSensor) and reads their
 * O&amp;M 2.0 observations (GetObservation with a phenomenon time filter), parsed with StAX.
 * Works with this server's SOS face and with 52&deg;North SOS 4.x/5.x.
 */
package eu.emso.dmp.server.federation.sos;
