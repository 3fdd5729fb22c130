/**
 * What the server knows about its own health: the checks behind {@code /health},
 * {@code /health/ready} and {@code /health/live}, and the supervisor that restarts the embedded
 * database when it dies (docs/operations.md).
 */
package eu.emso.dmp.server.health;
