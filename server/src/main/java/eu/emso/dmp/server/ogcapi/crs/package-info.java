/**
 * OGC API - Features - Part 2: Coordinate Reference Systems by Reference (OGC 18-058): the
 * CRS offered ({@code CRS84}, {@code EPSG:4326} with its latitude-first axis order,
 * {@code EPSG:3857}) and the transformation of coordinates to and from them through proj4j.
 */
package eu.emso.dmp.server.ogcapi.crs;
