-- A deleted entity can no longer be read when its change is published, so the outbox keeps what
-- subscribers of the collections it belonged to need: per change, the ids its to-one navigation
-- properties led to (e.g. {"Datastream": 5} for an Observation); NULL for a row without deletions.
ALTER TABLE change_outbox ADD COLUMN entity_keys jsonb;
