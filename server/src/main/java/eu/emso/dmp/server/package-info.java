/**
 * The composition root and command line of the EMSO DMP server. Each standards face lives in its
 * own sub-package and talks only to the core (the entity store and the write path).
 */
package eu.emso.dmp.server;
