/**
 * The data portal served at {@code /}: static pages under {@code portal/} on the class path, the
 * bundled browser libraries, and the one query the pages need beyond SensorThings (min/max per
 * time bucket for plots). See docs/portal.md.
 */
package eu.emso.dmp.server.portal;
