/** The KVP binding of SOS 2.0 (OGC 12-006 annex D): GET requests with key-value parameters. */
package eu.emso.dmp.server.sos.kvp;
