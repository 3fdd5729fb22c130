/**
 * Neutral contracts between faces for data products: a face that answers a file of a series
 * (SensorThings' {@code $resultFormat=NetCDF}) asks through {@link eu.emso.dmp.server.products.SeriesFiles}
 * for what another face (exports) writes, and the composition root wires the two, so neither face
 * imports the other.
 */
package eu.emso.dmp.server.products;
