/** Tests of the ingest pipeline against a real embedded PostgreSQL/PostGIS. */
package eu.emso.dmp.egim.ingest;
