/** Tests of the embedded PostgreSQL cluster and the database pool against real PostgreSQL + PostGIS. */
package eu.emso.dmp.model.db;
