/** Tests of the CSV and GeoJSON values of {@code $resultFormat}. */
package eu.emso.dmp.server.sta.format;
