/**
 * The EMSODEV platform API under {@code /emsodev}, as the EMSODEV data management platform
 * served it to MOODA's EGIM client and other scripts: observatories (Things), their instruments
 * (Sensors), the parameters of an instrument (the ObservedProperties of its Datastreams, by their
 * EMSODEV names such as {@code sea_water_temperature}), instrument metadata records, and the
 * observations of a parameter by date range or the latest n. Read through the store's query
 * model; observations are streamed page by page. The mapping is in docs/emsodev.md. This face
 * imports no other face.
 */
package eu.emso.dmp.server.emsodev;
