/**
 * Federation: harvesting other observatories' servers (SensorThings, SOS 2.0, ERDDAP tabledap)
 * into this one, through the one write path, with the provenance of every harvested entity.
 *
 * <p>A source kind is a {@link eu.emso.dmp.server.federation.RemoteReader}: it lists the series a
 * remote offers as neutral {@link eu.emso.dmp.server.federation.RemoteSeries} values and reads
 * their observations page by page from a watermark. The harvester maps those values onto local
 * entities, keeps the watermarks and schedules the runs; readers know nothing of the local store.
 */
package eu.emso.dmp.server.federation;
