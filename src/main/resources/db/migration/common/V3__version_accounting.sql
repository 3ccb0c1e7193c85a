-- What each version cost to make: AI calls (retries, fallback and repair included), tokens in and
-- out, time to the first token, time in all and time spent waiting for models (the difference is
-- the platform's own overhead), and the provider and model that answered.
ALTER TABLE project_versions ADD COLUMN ai_calls INTEGER NOT NULL DEFAULT 0;
ALTER TABLE project_versions ADD COLUMN input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE project_versions ADD COLUMN output_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE project_versions ADD COLUMN first_token_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE project_versions ADD COLUMN duration_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE project_versions ADD COLUMN ai_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE project_versions ADD COLUMN ai_provider VARCHAR(40);
ALTER TABLE project_versions ADD COLUMN ai_model VARCHAR(100);
