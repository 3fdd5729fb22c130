/**
 * Quality flag schemes: the QARTOD primary flags used by every test in this module, their
 * aggregation into one flag per observation, and the OceanSITES / Copernicus scheme used in
 * exports with the mapping between the two.
 *
 * <p>All types are immutable and thread safe.
 */
package eu.emso.dmp.qc.flag;
