/**
 * OGC API - Features - Part 1: Core (OGC 17-069r4) with the GeoJSON, HTML and OpenAPI 3.0
 * conformance classes: the fixed collections {@code things} (platforms at their Locations),
 * {@code features} (sampling features) and {@code datastreams} (with their observed area), and
 * their items with {@code bbox}, {@code datetime}, {@code limit}, keyset next links and property
 * filters, each compiled onto the store's query model.
 */
package eu.emso.dmp.server.ogcapi.features;
