/**
 * The OGC API faces checked as the OGC executable test suites check them
 * ({@code ets-ogcapi-features10}, {@code ets-ogcapi-edr10}): one test class per conformance
 * class, each test naming the abstract test (ATS) it follows, against a server in its own process
 * loaded with the ocean data set.
 */
package eu.emso.dmp.conformance.ogcapi;
