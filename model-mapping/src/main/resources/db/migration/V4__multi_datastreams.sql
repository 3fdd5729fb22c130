-- MultiDatastreams (OGC 18-088, clause 12): one stream of observations whose results are arrays,
-- one value per ObservedProperty, in the order of the link table's rank.

CREATE TABLE multi_datastreams (
    id                            bigserial PRIMARY KEY,
    name                          text NOT NULL,
    description                   text NOT NULL,
    observation_type              text NOT NULL,
    multi_observation_data_types  jsonb NOT NULL,
    unit_of_measurements          jsonb NOT NULL,
    observed_area                 geometry(Geometry, 4326),
    phenomenon_time_start         timestamptz,
    phenomenon_time_end           timestamptz,
    result_time_start             timestamptz,
    result_time_end               timestamptz,
    properties                    jsonb,
    thing_id                      bigint NOT NULL REFERENCES things (id) ON DELETE CASCADE,
    sensor_id                     bigint NOT NULL REFERENCES sensors (id) ON DELETE CASCADE
);
CREATE INDEX multi_datastreams_thing ON multi_datastreams (thing_id);
CREATE INDEX multi_datastreams_sensor ON multi_datastreams (sensor_id);

CREATE TABLE multi_datastream_observed_properties (
    multi_datastream_id  bigint NOT NULL REFERENCES multi_datastreams (id) ON DELETE CASCADE,
    observed_property_id bigint NOT NULL REFERENCES observed_properties (id) ON DELETE CASCADE,
    rank                 integer NOT NULL,
    PRIMARY KEY (multi_datastream_id, rank)
);
CREATE INDEX multi_datastream_observed_properties_op ON multi_datastream_observed_properties (observed_property_id);

-- An observation belongs to a Datastream or to a MultiDatastream; each has its own
-- deduplication key.
ALTER TABLE observations ALTER COLUMN datastream_id DROP NOT NULL;
ALTER TABLE observations ADD COLUMN multi_datastream_id bigint;
CREATE UNIQUE INDEX observations_multi_datastream_time
    ON observations (multi_datastream_id, phenomenon_time_start, phenomenon_time_end)
    WHERE multi_datastream_id IS NOT NULL;
