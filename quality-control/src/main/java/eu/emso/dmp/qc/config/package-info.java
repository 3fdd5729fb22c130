/**
 * Reading QC configuration from JSON already parsed by Jackson: the ioos_qc configuration shape
 * per datastream and site files of defaults keyed by OceanSITES parameter code. Errors are
 * {@link eu.emso.dmp.qc.config.QcConfigException}s naming the offending key. No file or network
 * access happens here.
 */
package eu.emso.dmp.qc.config;
