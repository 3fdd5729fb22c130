-- The version of each Datastream's (and MultiDatastream's) stored series: the id of the last
-- transaction that added, deleted, moved, changed or re-flagged one of its observations
-- (pg_current_xact_id(), never reused). Every statement of the write path that changes a
-- series sets it in the same transaction, so a summary of the series kept outside the database
-- (quality control's windows, cached in memory) is known to be current exactly when it was made
-- in the transaction that set this version.
ALTER TABLE datastreams ADD COLUMN series_version bigint NOT NULL DEFAULT 0;
ALTER TABLE multi_datastreams ADD COLUMN series_version bigint NOT NULL DEFAULT 0;
