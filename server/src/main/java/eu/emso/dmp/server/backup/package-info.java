/**
 * {@code dmp backup} and {@code dmp restore}: the embedded database to and from a
 * {@code pg_dump} custom-format file (docs/operations.md).
 */
package eu.emso.dmp.server.backup;
