/**
 * The ingest face: the doors through which instrument files and streams reach the ingest
 * pipeline of the EGIM adapter. An HTTP push endpoint ({@code POST /ingest}, which
 * {@code dmp ingest} uses), a watched drop directory, a TCP line listener for live instrument
 * streams, the quarantine endpoints, and the {@code dmp ingest} and {@code dmp quarantine}
 * commands. Every door answers only once what it reports is durable.
 */
package eu.emso.dmp.server.ingest;
