/**
 * OGC SensorThings API 1.0 conformance, checked with the official OGC executable test suite
 * ({@code org.opengis.cite:ets-sta10}, OGC 15-078r6 conformance classes Sensing Core,
 * Create-Update-Delete and Filtering Extension) against a freshly started server.
 */
package eu.emso.dmp.conformance.sta10;
