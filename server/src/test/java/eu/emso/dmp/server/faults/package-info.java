/**
 * Fault injection against real servers and databases (issue: faults survived): the embedded
 * database killed under load, storage full, the broker gone, SIGTERM under load.
 */
package eu.emso.dmp.server.faults;
