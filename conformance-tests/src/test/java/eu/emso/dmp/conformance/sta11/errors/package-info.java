/**
 * Black-box tests of how the SensorThings API 1.1 face answers malformed requests: a 4xx status
 * with a JSON body naming the problem, never a server error.
 */
package eu.emso.dmp.conformance.sta11.errors;
