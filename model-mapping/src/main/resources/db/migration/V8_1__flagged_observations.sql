-- Observations whose aggregate quality flag is not GOOD (1), in their own partial indexes: a
-- filter on resultQuality/qc_flag that excludes GOOD (qc_flag ge 3, eq 4, ne 1, eq 2 ...) finds
-- its rows without walking the good ones, which are nearly all of a healthy series, in the order
-- the store reads them: a Datastream's observations in time order, all observations by id.
-- Good rows cost nothing here; the (datastream_id, qc_flag, phenomenon_time_start) index of V3
-- still serves filters that include GOOD (qc_flag eq 1, le 2).
CREATE INDEX observations_flagged_by_time ON observations (datastream_id, phenomenon_time_start, id)
    INCLUDE (qc_flag) WHERE qc_flag <> 1;
CREATE INDEX observations_flagged_by_id ON observations (id) INCLUDE (qc_flag) WHERE qc_flag <> 1;
