-- H2 has no jsonb; a domain of the same name lets the common migrations and queries
-- (CAST(? AS jsonb)) stay identical on H2 and PostgreSQL. JSON is stored as text here.
CREATE DOMAIN IF NOT EXISTS jsonb AS CHARACTER LARGE OBJECT;
