-- Federation: remote sources harvested into this server, the local entities made from their
-- series, the per-series watermark of each, and the history of the runs.
CREATE TABLE federation_sources (
    id         bigserial   UNIQUE,                 -- the key of the source's harvest lock
    name       text        PRIMARY KEY,
    kind       text        NOT NULL,
    url        text        NOT NULL,
    dataset    text,
    filter     text,
    every      interval,
    enabled    boolean     NOT NULL DEFAULT true,
    created    timestamptz NOT NULL DEFAULT now()
);

-- remote (source, entity type, remote id) -> local id, written in the transaction that creates the
-- local entity, so a crash leaves either both or neither
CREATE TABLE federation_entities (
    source        text        NOT NULL REFERENCES federation_sources (name) ON DELETE CASCADE,
    entity_type   text        NOT NULL,
    remote_id     text        NOT NULL,
    local_id      bigint      NOT NULL,
    first_harvest timestamptz NOT NULL DEFAULT now(),
    last_harvest  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, entity_type, remote_id)
);

-- the phenomenon time (start) of the newest observation of a remote series stored durably
CREATE TABLE federation_watermarks (
    source          text        NOT NULL REFERENCES federation_sources (name) ON DELETE CASCADE,
    series          text        NOT NULL,
    phenomenon_time timestamptz NOT NULL,
    PRIMARY KEY (source, series)
);

CREATE TABLE federation_runs (
    id           bigserial   PRIMARY KEY,
    source       text        NOT NULL REFERENCES federation_sources (name) ON DELETE CASCADE,
    started      timestamptz NOT NULL DEFAULT now(),
    ended        timestamptz,
    outcome      text        NOT NULL DEFAULT 'running',   -- running, ok, failed
    error        text,
    observations bigint      NOT NULL DEFAULT 0,
    duplicates   bigint      NOT NULL DEFAULT 0,
    conflicts    bigint      NOT NULL DEFAULT 0,
    entities     bigint      NOT NULL DEFAULT 0
);
CREATE INDEX federation_runs_source ON federation_runs (source, id DESC);
