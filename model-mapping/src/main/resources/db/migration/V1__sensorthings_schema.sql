-- SensorThings data model on PostGIS.
-- Observations are range-partitioned by phenomenon time (monthly); partitions are created on
-- demand by dmp_ensure_partition, which the writer calls before a batch touches a new month.
-- There are no row triggers: Datastream aggregates are maintained once per written batch.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE things (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    description text NOT NULL,
    properties  jsonb
);

CREATE TABLE locations (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL,
    description   text NOT NULL,
    encoding_type text NOT NULL,
    location      jsonb NOT NULL,              -- exactly what the client sent
    geom          geometry(Geometry, 4326),    -- for spatial filters
    properties    jsonb,
    gen_foi_id    bigint                       -- FeatureOfInterest generated from this Location
);
CREATE INDEX locations_geom ON locations USING gist (geom);

CREATE TABLE thing_locations (
    thing_id    bigint NOT NULL REFERENCES things (id) ON DELETE CASCADE,
    location_id bigint NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    PRIMARY KEY (thing_id, location_id)
);
CREATE INDEX thing_locations_location ON thing_locations (location_id);

CREATE TABLE historical_locations (
    id       bigserial PRIMARY KEY,
    thing_id bigint NOT NULL REFERENCES things (id) ON DELETE CASCADE,
    time     timestamptz NOT NULL
);
CREATE INDEX historical_locations_thing ON historical_locations (thing_id, time);

CREATE TABLE location_historical_locations (
    location_id            bigint NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    historical_location_id bigint NOT NULL REFERENCES historical_locations (id) ON DELETE CASCADE,
    PRIMARY KEY (location_id, historical_location_id)
);
CREATE INDEX location_historical_locations_hl ON location_historical_locations (historical_location_id);

CREATE TABLE sensors (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL,
    description   text NOT NULL,
    encoding_type text NOT NULL,
    metadata      jsonb NOT NULL,              -- a string or any JSON the client sent
    properties    jsonb
);

CREATE TABLE observed_properties (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    definition  text NOT NULL,
    description text NOT NULL,
    properties  jsonb
);

CREATE TABLE datastreams (
    id                    bigserial PRIMARY KEY,
    name                  text NOT NULL,
    description           text NOT NULL,
    observation_type      text NOT NULL,
    unit_of_measurement   jsonb NOT NULL,
    observed_area         geometry(Geometry, 4326),
    phenomenon_time_start timestamptz,
    phenomenon_time_end   timestamptz,
    result_time_start     timestamptz,
    result_time_end       timestamptz,
    properties            jsonb,
    thing_id              bigint NOT NULL REFERENCES things (id) ON DELETE CASCADE,
    sensor_id             bigint NOT NULL REFERENCES sensors (id) ON DELETE CASCADE,
    observed_property_id  bigint NOT NULL REFERENCES observed_properties (id) ON DELETE CASCADE
);
CREATE INDEX datastreams_thing ON datastreams (thing_id);
CREATE INDEX datastreams_sensor ON datastreams (sensor_id);
CREATE INDEX datastreams_observed_property ON datastreams (observed_property_id);

CREATE TABLE features (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL,
    description   text NOT NULL,
    encoding_type text NOT NULL,
    feature       jsonb NOT NULL,
    geom          geometry(Geometry, 4326),
    properties    jsonb
);
CREATE INDEX features_geom ON features USING gist (geom);

-- result_type: 0 number, 1 string, 2 boolean, 3 object or array, 4 null.
-- phenomenon_time_end equals phenomenon_time_start for an instant.
-- The deduplication key of an observation is (datastream_id, phenomenon_time_start,
-- phenomenon_time_end): one Datastream has one value per phenomenon time.
-- Numbers keep the client's text in result_string and their value in result_number, so they
-- filter and sort as numbers and are returned exactly as sent.
CREATE TABLE observations (
    id                    bigint NOT NULL,
    datastream_id         bigint NOT NULL,
    feature_id            bigint NOT NULL,
    phenomenon_time_start timestamptz NOT NULL,
    phenomenon_time_end   timestamptz NOT NULL,
    result_time           timestamptz,
    valid_time_start      timestamptz,
    valid_time_end        timestamptz,
    result_type           smallint NOT NULL,
    result_number         double precision,
    result_string         text,
    result_json           jsonb,
    result_quality        jsonb,
    parameters            jsonb,
    qc_flag               smallint
) PARTITION BY RANGE (phenomenon_time_start);

CREATE SEQUENCE observations_id_seq AS bigint OWNED BY observations.id;
ALTER TABLE observations ALTER COLUMN id SET DEFAULT nextval('observations_id_seq');

CREATE INDEX observations_id ON observations (id);
CREATE UNIQUE INDEX observations_datastream_time ON observations (datastream_id, phenomenon_time_start, phenomenon_time_end)
    INCLUDE (id, result_time, result_number, qc_flag);
CREATE INDEX observations_feature ON observations (feature_id);

-- Creates the monthly partition holding ts, if it does not exist yet. Safe to call concurrently.
CREATE FUNCTION dmp_ensure_partition(ts timestamptz) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    lo timestamptz := date_trunc('month', ts AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
    hi timestamptz := lo + interval '1 month';
    part text := 'observations_' || to_char(lo AT TIME ZONE 'UTC', 'YYYY_MM');
BEGIN
    IF to_regclass(part) IS NOT NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('dmp_ensure_partition'));
    IF to_regclass(part) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF observations FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
    END IF;
END $$;

-- Partitions ahead of time: this month and the next twelve.
SELECT dmp_ensure_partition(now() + make_interval(months => m)) FROM generate_series(0, 12) AS m;

-- Safe accessors for values inside JSON documents, used by $filter on properties/... paths:
-- they give NULL instead of failing when the value has another JSON type.
CREATE FUNCTION dmp_json_number(v jsonb) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN jsonb_typeof(v) = 'number' THEN (v #>> '{}')::double precision END $$;

CREATE FUNCTION dmp_json_text(v jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN jsonb_typeof(v) IN ('string', 'number', 'boolean') THEN v #>> '{}' END $$;

CREATE FUNCTION dmp_json_boolean(v jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN jsonb_typeof(v) = 'boolean' THEN (v #>> '{}')::boolean END $$;

CREATE FUNCTION dmp_json_time(v jsonb) RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
$$ BEGIN
    IF jsonb_typeof(v) <> 'string' THEN RETURN NULL; END IF;
    RETURN (v #>> '{}')::timestamptz;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;
