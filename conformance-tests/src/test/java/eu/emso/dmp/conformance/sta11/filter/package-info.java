/**
 * Black-box tests of the SensorThings API 1.1 (OGC 18-088) {@code $filter} language: built-in
 * functions, operators and their precedence, paths into JSON properties and across navigation,
 * and the geospatial functions.
 */
package eu.emso.dmp.conformance.sta11.filter;
