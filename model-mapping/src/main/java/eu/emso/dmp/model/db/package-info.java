/**
 * Database access for the EMSO DMP server: the embedded PostgreSQL + PostGIS cluster that the
 * server manages when no external database is configured ({@link eu.emso.dmp.model.db.EmbeddedPostgres}),
 * and the connection pool with schema migrations that every other part of the store uses
 * ({@link eu.emso.dmp.model.db.Database}).
 *
 * <p>Failures are reported as {@link eu.emso.dmp.model.db.DatabaseException} with a message that
 * tells the operator what to install or change.
 */
package eu.emso.dmp.model.db;
