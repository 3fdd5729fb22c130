/**
 * Black-box tests of the limits and of bad input: a real server with small limits, requests
 * over HTTP and MQTT, and row counts taken straight from its database before and after.
 */
package eu.emso.dmp.server.limits;
