/**
 * Runs an OGC executable test suite (ETS) built on TestNG, such as {@code ets-sta10}, in a child
 * JVM against a service URL, and reads its {@code testng-results.xml} into values a JUnit test can
 * assert on. The suite's own console output goes to a file, never to the build's console.
 */
package eu.emso.dmp.conformance.ets;
