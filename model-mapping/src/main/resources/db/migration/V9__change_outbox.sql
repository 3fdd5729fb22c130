-- The transactional outbox of live notifications: every transaction that creates, updates or
-- deletes entities while a broker is attached adds one row here, in the same transaction, naming
-- what it changed. The notifier publishes the rows and deletes them once the broker has taken
-- them, so a change that was stored is published even if the broker was unreachable or the
-- server crashed in between, and a change that was not stored (rolled back) never is.
CREATE TABLE change_outbox (
    seq          bigserial PRIMARY KEY,
    committed_at timestamptz NOT NULL DEFAULT now(),
    entity_types text[] NOT NULL,   -- EntityType names, one per change
    entity_ids   bigint[] NOT NULL,
    kinds        text[] NOT NULL    -- CREATED, UPDATED or DELETED
);
