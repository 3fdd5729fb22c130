/** Tests of the ERDDAP source kind against a server replaying ERDDAP's answers from stored tables. */
package eu.emso.dmp.server.federation.erddap;
