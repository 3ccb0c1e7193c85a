-- The last sequence number a project's events used. Incrementing it takes the row's lock, so
-- every node that publishes events for the project numbers them in one order, without gaps.
ALTER TABLE projects ADD COLUMN last_event_seq BIGINT NOT NULL DEFAULT 0;
UPDATE projects SET last_event_seq = (SELECT COALESCE(MAX(e.seq), 0) FROM project_events e WHERE e.project_id = projects.id);
