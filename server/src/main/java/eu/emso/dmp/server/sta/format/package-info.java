/**
 * The {@code $resultFormat} query option of SensorThings 1.1 (OGC 18-088, 13 and 9.3): other
 * representations of a collection page than the default JSON, such as CSV and GeoJSON. Each
 * format is one {@link eu.emso.dmp.server.sta.format.ResultFormat}; the handler picks it by name.
 */
package eu.emso.dmp.server.sta.format;
