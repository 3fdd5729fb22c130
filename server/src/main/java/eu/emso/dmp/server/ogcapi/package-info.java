/**
 * The OGC API face: {@code /ogcapi} with its landing page, conformance declaration, OpenAPI 3.0
 * definition and collections (OGC 17-069r4 Features Part 1, OGC 18-058 Part 2 CRS, OGC 19-079
 * Part 3 Filtering, OGC 19-086r6 EDR 1.1). Every resource answers JSON or HTML by {@code ?f=} or
 * {@code Accept}; every client error answers an OGC API exception document. The building blocks
 * live in sub-packages; all of them read through the store's one query model, the same the
 * SensorThings face uses. This face imports no other face.
 */
package eu.emso.dmp.server.ogcapi;
