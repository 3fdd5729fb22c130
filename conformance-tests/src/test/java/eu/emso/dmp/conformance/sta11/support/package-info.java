/**
 * Fixtures shared by the SensorThings API 1.1 black-box tests: a small HTTP client speaking JSON
 * to a started server, and a realistic ocean data set loaded through the API.
 */
package eu.emso.dmp.conformance.sta11.support;
