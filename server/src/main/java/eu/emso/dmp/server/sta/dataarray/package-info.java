/**
 * The SensorThings data-array extension (OGC 18-088, 13; the data-array extension of SensorThings 1.0): reading
 * Observations compactly with {@code $resultFormat=dataArray}, and creating many Observations in
 * one request with {@code POST CreateObservations}, which writes each Datastream's rows through
 * the one observation write path in one transaction.
 */
package eu.emso.dmp.server.sta.dataarray;
