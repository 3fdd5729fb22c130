/** Tests of {@code dmp backup} and {@code dmp restore}. */
package eu.emso.dmp.server.backup;
