/**
 * The EGIM/EMSO instrument catalogue: sites, platforms, instruments, parameters and units read
 * from configuration files (one JSON file per site), and their mapping onto SensorThings
 * entities.
 *
 * <p>Mapping: Thing = the EGIM node or platform at a site, with its Location; Sensor = an
 * instrument instance (model, serial number, manufacturer, NVS L22/L05/L35 URIs in its
 * properties); ObservedProperty = a parameter, named by its OceanSITES code, defined by its P01
 * URI, with the CF standard name in its properties; Datastream = (platform, instrument,
 * parameter) with the P06 unit URI; FeatureOfInterest = the sampling point of the site. Every
 * entity carries a stable key in {@code properties.emso_key}, so applying the catalogue again
 * finds what exists instead of creating it twice.
 */
package eu.emso.dmp.egim.catalogue;
