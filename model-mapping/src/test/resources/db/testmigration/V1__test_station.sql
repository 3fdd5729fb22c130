-- Test-only schema: a table with a PostGIS column, proving the extension exists before migrations run.
CREATE TABLE test_station (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    location geometry(Point, 4326) NOT NULL
);
