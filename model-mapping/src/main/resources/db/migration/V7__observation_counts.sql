-- The number of observations of each Datastream and MultiDatastream, kept by the write path in
-- the same transaction as the observations themselves (inserted rows add, deleted and moved rows
-- subtract), so that `$count` of a Datastream's Observations and of all Observations is exact
-- without counting rows.
ALTER TABLE datastreams ADD COLUMN observation_count bigint NOT NULL DEFAULT 0;
ALTER TABLE multi_datastreams ADD COLUMN observation_count bigint NOT NULL DEFAULT 0;

UPDATE datastreams d SET observation_count = c.n
FROM (SELECT datastream_id, count(*) AS n FROM observations WHERE datastream_id IS NOT NULL GROUP BY 1) c
WHERE d.id = c.datastream_id;

UPDATE multi_datastreams m SET observation_count = c.n
FROM (SELECT multi_datastream_id, count(*) AS n FROM observations WHERE multi_datastream_id IS NOT NULL GROUP BY 1) c
WHERE m.id = c.multi_datastream_id;
