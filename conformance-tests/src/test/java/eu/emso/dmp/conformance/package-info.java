/**
 * Black-box conformance tests of the EMSO DMP server. The server runs as a separate process
 * ({@link eu.emso.dmp.conformance.process}); official OGC executable test suites run against it
 * in their own JVM ({@link eu.emso.dmp.conformance.ets}); one package per standard holds the
 * tests ({@link eu.emso.dmp.conformance.sta10}). {@link eu.emso.dmp.conformance.ConformanceSettings}
 * declares every setting of this module in one place.
 */
package eu.emso.dmp.conformance;
