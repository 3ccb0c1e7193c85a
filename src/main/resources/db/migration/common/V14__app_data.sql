-- The data of data-backed apps: each app's rows live in a schema of its own (app_<project id>),
-- one table per collection, made and migrated by Faibric from the app's declarative schema.
-- This row is the platform's record of it: the schema now in force, the storage layout (every
-- collection and field ever created, with its table or column and type, so the hidden ones are
-- known and can come back), and the rows and bytes the app stores, counted for its limits.
-- Text, not jsonb: PostgreSQL's jsonb reorders keys, and the order of collections and fields is
-- part of the schema.
CREATE TABLE app_data (
    project_id  BIGINT    NOT NULL PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    schema_json TEXT      NOT NULL,
    layout      TEXT      NOT NULL,
    row_count   BIGINT    NOT NULL DEFAULT 0,
    byte_count  BIGINT    NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
