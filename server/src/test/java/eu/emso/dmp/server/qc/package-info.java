/** Tests of quality control in the write path, against a real embedded PostGIS. */
package eu.emso.dmp.server.qc;
