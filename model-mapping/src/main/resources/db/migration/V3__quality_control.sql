-- Quality control: observations filtered by their aggregate QARTOD flag.
-- qc_flag holds the aggregate flag that quality control also writes into result_quality
-- (resultQuality/qc_flag in $filter reads this column). The index serves
-- "observations of a Datastream with flag f, in time order" and flag ranges per Datastream
-- (qc_flag le 2), on every partition.
CREATE INDEX observations_datastream_qc ON observations (datastream_id, qc_flag, phenomenon_time_start);
