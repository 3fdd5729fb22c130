/** Tests of the SOS 2.0 POX binding (OGC 12-006 annex D.4, {@code /conf/pox}). */
package eu.emso.dmp.server.sos.pox;
