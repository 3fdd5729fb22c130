/**
 * The ERDDAP tabledap source kind: {@link eu.emso.dmp.server.federation.erddap.ErddapReader}
 * reads a dataset's metadata ({@code info/{datasetID}/index.json|csv}) and its rows
 * ({@code tabledap/{datasetID}.csv|json} with time constraints), as documented at
 * {@code https://coastwatch.pfeg.noaa.gov/erddap/tabledap/documentation.html}.
 */
package eu.emso.dmp.server.federation.erddap;
