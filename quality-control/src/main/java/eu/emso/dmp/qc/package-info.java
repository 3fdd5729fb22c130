/**
 * Quality control of observation series: the per-datastream QC configuration
 * ({@link eu.emso.dmp.qc.QcConfig}), the series to check ({@link eu.emso.dmp.qc.QcSeries}) and the
 * runner ({@link eu.emso.dmp.qc.QcRunner}) that applies the configured QARTOD tests and aggregates
 * their flags into a {@link eu.emso.dmp.qc.QcResult}. This package and its subpackages are the
 * module's public surface; the module performs no I/O.
 */
package eu.emso.dmp.qc;
