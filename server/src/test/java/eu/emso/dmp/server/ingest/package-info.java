/** Tests of the ingest doors against a whole server with its embedded database. */
package eu.emso.dmp.server.ingest;
