-- Quality control flags stored compactly. Instead of a ~140-byte jsonb document per observation,
-- quality control writes:
--   qc_flag   the aggregate flag (as before, indexed);
--   qc_tests  the flag of each QARTOD test, 4 bits per test in the fixed order of
--             dmp_result_quality below (0: the test did not run); NULL when quality control did
--             not write this row, and then result_quality is the whole resultQuality;
--   qc_config the configuration version (12 hex digits) as a number, NULL when nothing ran.
-- result_quality keeps only the members that are not quality control's own (the source's flags,
-- a configuration error), normally NULL. Reads compose resultQuality with dmp_result_quality.
ALTER TABLE observations ADD COLUMN qc_tests integer, ADD COLUMN qc_config bigint;

-- The resultQuality of an observation, as quality control used to store it:
-- {"qc_flag": f, "qartod": {"<test>": <flag>, ...}, "qc_config": "<version>", <extra members>}.
-- A single SQL expression, so the planner inlines it into each query; declared STABLE, as
-- jsonb_build_object is, because a function declared IMMUTABLE is not inlined when its body
-- calls a STABLE one (called rather than inlined, it costs about twice as much per row).
CREATE FUNCTION dmp_result_quality(flag smallint, tests integer, config bigint, extra jsonb) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT CASE WHEN tests IS NULL THEN extra ELSE
    jsonb_build_object('qc_flag', flag, 'qartod', jsonb_strip_nulls(jsonb_build_object(
        'gross_range_test', NULLIF(tests & 15, 0),
        'climatology_test', NULLIF((tests >> 4) & 15, 0),
        'spike_test', NULLIF((tests >> 8) & 15, 0),
        'rate_of_change_test', NULLIF((tests >> 12) & 15, 0),
        'flat_line_test', NULLIF((tests >> 16) & 15, 0))))
    || CASE WHEN config IS NULL THEN '{}'::jsonb
            ELSE jsonb_build_object('qc_config', lpad(to_hex(config), 12, '0')) END
    || COALESCE(extra, '{}'::jsonb)
END
$$;

-- Rows written before: each row whose compact form reads back as exactly its stored document is
-- rewritten in the compact form; any other row (a document quality control did not write, or
-- one changed since) keeps its document in result_quality and qc_tests NULL, and reads as before.
CREATE FUNCTION dmp_qc_pack(qartod jsonb) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
SELECT COALESCE(sum(CASE WHEN e.value::text ~ '^([1-9]|1[0-5])$'
                         THEN e.value::text::integer << (4 * s.slot) END), 0)::integer
FROM jsonb_each(CASE WHEN jsonb_typeof(qartod) = 'object' THEN qartod ELSE '{}'::jsonb END) e
LEFT JOIN (VALUES ('gross_range_test', 0), ('climatology_test', 1), ('spike_test', 2),
                  ('rate_of_change_test', 3), ('flat_line_test', 4)) s(name, slot) ON s.name = e.key
$$;

CREATE FUNCTION dmp_qc_extra(quality jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN jsonb_typeof(quality) = 'object'
            THEN NULLIF(quality - ARRAY['qc_flag', 'qartod', 'qc_config'], '{}'::jsonb) END
$$;

CREATE FUNCTION dmp_qc_version(config jsonb) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN config #>> '{}' ~ '^[0-9a-f]{12}$'
            THEN ('x' || lpad(config #>> '{}', 16, '0'))::bit(64)::bigint END
$$;

UPDATE observations
SET qc_tests = dmp_qc_pack(result_quality -> 'qartod'),
    qc_config = dmp_qc_version(result_quality -> 'qc_config'),
    result_quality = dmp_qc_extra(result_quality)
WHERE qc_flag IS NOT NULL
  AND jsonb_typeof(result_quality -> 'qartod') = 'object'
  AND dmp_result_quality(qc_flag, dmp_qc_pack(result_quality -> 'qartod'),
                         dmp_qc_version(result_quality -> 'qc_config'),
                         dmp_qc_extra(result_quality))
      = result_quality;

DROP FUNCTION dmp_qc_pack(jsonb);
DROP FUNCTION dmp_qc_version(jsonb);
DROP FUNCTION dmp_qc_extra(jsonb);
