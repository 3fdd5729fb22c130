/** Server settings: one record, its keys and defaults declared in {@code config/dmp.properties}. */
package eu.emso.dmp.server.config;
