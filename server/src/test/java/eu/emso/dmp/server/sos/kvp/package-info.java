/** Tests of the SOS 2.0 KVP binding (OGC 12-006 annex D, {@code /conf/kvp-core}): request checks and exceptions. */
package eu.emso.dmp.server.sos.kvp;
