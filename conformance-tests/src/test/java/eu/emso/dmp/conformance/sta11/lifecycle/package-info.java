/**
 * Black-box tests of the server process: a clean stop on SIGTERM, embedded database included, and
 * durable data across restarts on the same data directory.
 */
package eu.emso.dmp.conformance.sta11.lifecycle;
