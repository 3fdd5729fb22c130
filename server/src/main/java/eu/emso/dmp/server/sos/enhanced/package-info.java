/**
 * The SOS 2.0 Enhanced Operations extension (OGC 12-006 clause 9): GetFeatureOfInterest
 * ({@code /conf/foiRetrieval}) and GetObservationById ({@code /conf/obsByIdRetrieval}), over the
 * KVP and POX bindings, compiled onto the store's query model like GetObservation.
 */
package eu.emso.dmp.server.sos.enhanced;
