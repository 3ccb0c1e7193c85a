-- What the user thought of a version: 1 to 5 (thumbs up is 5, thumbs down 1). Feedback, not
-- content: the version's files and result stay as they were.
ALTER TABLE project_versions ADD COLUMN rating INTEGER;
ALTER TABLE project_versions ADD COLUMN rated_at TIMESTAMP;
