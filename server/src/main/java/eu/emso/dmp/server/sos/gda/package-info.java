/**
 * GetDataAvailability as 52°North's SOS defines it (namespaces
 * {@code http://www.opengis.net/sosgda/1.0} and {@code .../2.0}, conformance URI
 * {@code http://www.opengis.net/spec/SOS/2.0/conf/daRetrieval}): for each procedure, observed
 * property and feature of interest with observations, their phenomenon time, the question
 * Helgoland and other time series clients ask first. Answered from the aggregates the write path
 * keeps per Datastream and feature, never by reading observations.
 */
package eu.emso.dmp.server.sos.gda;
