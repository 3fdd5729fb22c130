/**
 * Store tests of the SensorThings core against a real embedded PostgreSQL/PostGIS: one test
 * class per requirement class of OGC 18-088 (SensorThings API 1.1), all sharing one cluster
 * started once per JVM by {@link eu.emso.dmp.model.store.StoreFixture}.
 */
package eu.emso.dmp.model.store;
