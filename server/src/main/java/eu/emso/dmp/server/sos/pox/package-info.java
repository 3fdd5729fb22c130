/**
 * The POX binding of SOS 2.0 (OGC 12-006 annex D.4): requests as XML documents POSTed with
 * {@code application/xml}. Reads come as POST too; see
 * {@link eu.emso.dmp.server.sos.Operation#transactional()} for which requests write.
 */
package eu.emso.dmp.server.sos.pox;
