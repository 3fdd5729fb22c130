package eu.emso.dmp.model.store;

import java.time.OffsetDateTime;

/**
 * The observations of one Datastream at one FeatureOfInterest: the phenomenon time range they
 * cover, as the write path keeps it per batch (table {@code datastream_features}, migration V12).
 * It widens with every observation written and does not shrink when observations are deleted.
 * Immutable.
 *
 * @param datastreamId the Datastream's id
 * @param featureId    the FeatureOfInterest's id
 * @param start        the earliest phenomenon time start
 * @param end          the latest phenomenon time end
 */
public record SeriesAvailability(long datastreamId, long featureId, OffsetDateTime start, OffsetDateTime end) {
}
