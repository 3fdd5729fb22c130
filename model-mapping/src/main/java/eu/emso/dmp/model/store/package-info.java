/**
 * All SQL of the server: translation of the neutral query model into PostgreSQL statements, and
 * the reads and writes of SensorThings entities. Every value is bound as a parameter; identifiers
 * come only from the entity model, never from input.
 */
package eu.emso.dmp.model.store;
