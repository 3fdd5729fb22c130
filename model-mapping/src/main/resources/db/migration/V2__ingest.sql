-- Ingest quarantine: input units (lines) that could not be stored, kept with their source, line
-- number, raw text and the reason, so that they can be listed, fixed and replayed. A conflicting
-- observation (another value already stored under the same deduplication key) lands here too.

CREATE TABLE ingest_quarantine (
    id          bigserial PRIMARY KEY,
    source      text NOT NULL,
    format      text NOT NULL,
    platform    text,
    line_number bigint NOT NULL,
    raw_text    text NOT NULL,
    reason      text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ingest_quarantine_source ON ingest_quarantine (source, line_number);
