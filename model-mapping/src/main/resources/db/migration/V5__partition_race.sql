-- dmp_ensure_partition, safe against concurrent callers: after taking the advisory lock the
-- catalog may still show the partition as missing to this statement even though another
-- transaction has just created it, so a "duplicate table" is taken as success.
CREATE OR REPLACE FUNCTION dmp_ensure_partition(ts timestamptz) RETURNS void
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
    BEGIN
        EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF observations FOR VALUES FROM (%L) TO (%L)',
                       part, lo, hi);
    EXCEPTION WHEN duplicate_table OR unique_violation THEN
        NULL; -- created by a concurrent transaction
    END;
END $$;
