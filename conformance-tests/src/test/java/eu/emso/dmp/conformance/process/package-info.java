/**
 * Test fixtures that run the EMSO DMP server as a separate operating-system process, the way a
 * user runs it: a fresh embedded database in a scratch directory, a free port, readiness through
 * {@code GET /health}, and a clean stop by SIGTERM. Conformance suites reach the server only
 * through its URL.
 */
package eu.emso.dmp.conformance.process;
