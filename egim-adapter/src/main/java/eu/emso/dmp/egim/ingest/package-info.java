/**
 * The ingest pipeline: parsed instrument records become SensorThings Observations through the
 * one write path of the model ({@code EntityStore.writeObservations}), in batches.
 *
 * <p>Guarantees: every input unit (line) is accounted for exactly once, as part of a record, as
 * skipped (not data) or as quarantined (damaged, or without a platform); every value of a record
 * is stored now, found already stored (a duplicate: same deduplication key and same value), or
 * quarantined as a conflict (another value is stored under the same key). Nothing is reported
 * before it is durable. Memory does not grow with the input: the pipeline holds a few batches.
 */
package eu.emso.dmp.egim.ingest;
