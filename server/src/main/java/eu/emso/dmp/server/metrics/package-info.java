/**
 * Operational metrics in the Prometheus text format ({@code GET /metrics}, docs/operations.md):
 * HTTP requests by face and status, ingest, quality control flags, the observation write path,
 * MQTT, the connection pool and the storage state. The faces keep plain counters of their own;
 * only this package knows Micrometer and binds them.
 */
package eu.emso.dmp.server.metrics;
