-- Which FeaturesOfInterest each Datastream has observations of, with the phenomenon time range
-- of those observations: the series of a (Datastream, FeatureOfInterest) pair, as SOS
-- GetDataAvailability serves them. Kept by the write path once per batch together with the
-- Datastream's own aggregates (never recomputed from all observations); like them it widens and
-- does not shrink when observations are deleted. Filled once here from the observations present.
CREATE TABLE datastream_features (
    datastream_id         bigint NOT NULL REFERENCES datastreams (id) ON DELETE CASCADE,
    feature_id            bigint NOT NULL REFERENCES features (id) ON DELETE CASCADE,
    phenomenon_time_start timestamptz NOT NULL,
    phenomenon_time_end   timestamptz NOT NULL,
    PRIMARY KEY (datastream_id, feature_id)
);
CREATE INDEX datastream_features_feature ON datastream_features (feature_id);

INSERT INTO datastream_features (datastream_id, feature_id, phenomenon_time_start, phenomenon_time_end)
SELECT o.datastream_id, o.feature_id, min(o.phenomenon_time_start), max(o.phenomenon_time_end)
FROM observations o
WHERE o.datastream_id IS NOT NULL AND EXISTS (SELECT 1 FROM features f WHERE f.id = o.feature_id)
GROUP BY o.datastream_id, o.feature_id;
