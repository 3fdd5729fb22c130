/**
 * OGC API - Features - Part 3: Filtering (OGC 19-079) with the Common Query Language CQL2
 * (OGC 21-065) in its text and JSON encodings. Both compile onto the store's expression tree,
 * the same the SensorThings {@code $filter} compiles to, so there is one translation to SQL.
 */
package eu.emso.dmp.server.ogcapi.filter;
