-- Roll-ups of each Datastream's numeric results per 10-minute granule, so that a plot of years of
-- 1 Hz data reads one row per granule (52,560 a year) instead of one per observation.
--
-- A row is either exact or absent: every statement that inserts, updates or deletes observations
-- deletes the rows of the granules it touched (statement triggers below), in the same
-- transaction. Readers use the rows present and aggregate the raw observations of the granules
-- that have none; the store fills those granules again afterwards (SeriesRollups).
--
-- The filler and the writers of one Datastream are ordered by an advisory lock (class
-- 1380928588): writers take it shared in their triggers, the filler exclusively before it reads.
-- A writer that committed before the filler's lock is in what the filler reads; one that commits
-- after it waits for the filler to commit and then deletes what the filler wrote. So no granule
-- ever keeps a row that misses a committed observation.
--
-- Columns: n, t_sum (sum of epoch seconds, for the mean time), v_min, v_max, v_sum over every
-- numeric result; worst is the highest severity rank of the QC flags (0 none, 1 good, 2 not
-- evaluated, 3 missing, 4 suspect, 5 bad); the *_ok columns are the same without the results
-- flagged 4 (bad), NULL when there are none.
CREATE TABLE series_rollups (
    datastream_id bigint      NOT NULL REFERENCES datastreams (id) ON DELETE CASCADE,
    granule       timestamptz NOT NULL,
    n             bigint      NOT NULL,
    t_sum         float8      NOT NULL,
    v_min         float8      NOT NULL,
    v_max         float8      NOT NULL,
    v_sum         float8      NOT NULL,
    worst         smallint    NOT NULL,
    n_ok          bigint      NOT NULL,
    t_sum_ok      float8,
    v_min_ok      float8,
    v_max_ok      float8,
    v_sum_ok      float8,
    worst_ok      smallint,
    PRIMARY KEY (datastream_id, granule)
);

-- The granule of a phenomenon time: the 10-minute interval it starts in.
CREATE FUNCTION dmp_granule(t timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT date_bin(interval '10 minutes', t, timestamptz '2000-01-01 00:00:00+00')
$$;

-- Deletes the roll-ups of the granules of the rows a statement touched (its transition table,
-- named "touched" by each trigger), after taking each of their Datastreams' roll-up lock shared,
-- in id order. An UPDATE has two triggers, one for the rows before and one for the rows after.
CREATE FUNCTION dmp_rollup_forget() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(1380928588, (d % 2147483648)::int)
    FROM (SELECT DISTINCT datastream_id AS d FROM touched WHERE result_number IS NOT NULL ORDER BY 1) s;
    DELETE FROM series_rollups r
    USING (SELECT DISTINCT datastream_id, dmp_granule(phenomenon_time_start) AS g FROM touched
           WHERE result_number IS NOT NULL) t
    WHERE r.datastream_id = t.datastream_id AND r.granule = t.g;
    RETURN NULL;
END $$;

CREATE TRIGGER observations_rollup_insert AFTER INSERT ON observations
    REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION dmp_rollup_forget();
CREATE TRIGGER observations_rollup_delete AFTER DELETE ON observations
    REFERENCING OLD TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION dmp_rollup_forget();
CREATE TRIGGER observations_rollup_update_old AFTER UPDATE ON observations
    REFERENCING OLD TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION dmp_rollup_forget();
CREATE TRIGGER observations_rollup_update_new AFTER UPDATE ON observations
    REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION dmp_rollup_forget();
