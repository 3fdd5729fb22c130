/**
 * Black-box tests of the SensorThings API 1.1 (OGC 18-088) Sensing Core requirement classes
 * resource-path and request-data, for what the official 1.0 suite does not check: one class per
 * requirement class, one server per class.
 */
package eu.emso.dmp.conformance.sta11.core;
