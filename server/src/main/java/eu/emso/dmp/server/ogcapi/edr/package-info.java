/**
 * OGC API - Environmental Data Retrieval 1.1 (OGC 19-086r6): a collection of all platforms
 * ({@code platforms}) and one per platform ({@code platform-{id}}), their parameters from the
 * Datastreams' ObservedProperties, and the position, area, radius, cube, locations and items
 * queries answering CoverageJSON point series, GeoJSON or CSV, QC flags included.
 */
package eu.emso.dmp.server.ogcapi.edr;
