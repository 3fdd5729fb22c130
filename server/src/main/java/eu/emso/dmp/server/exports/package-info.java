/**
 * Data products for download: {@code GET /exports/{csv|geojson|netcdf}} writes the Observations
 * of a selection (the Datastreams of a Thing, or a list of Datastreams; a time range; the QARTOD
 * flags to keep) as a CSV table with a commented metadata header, as GeoJSON, or as a CF-1.8 /
 * OceanSITES 1.4 NetCDF-3 (64-bit offset) time series with {@code <VAR>_QC} flag variables. All
 * three are streamed: the series are read page by page (keyset) through the store's query model
 * and merged by time, so the heap stays flat however long the export. This face imports no other
 * face.
 */
package eu.emso.dmp.server.exports;
