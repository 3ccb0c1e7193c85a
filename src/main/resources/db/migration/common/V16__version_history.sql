-- A version's history: the name its owner bookmarked it with, and the version it restored
-- (a restore is a new version with an earlier one's files, as a revert is in git).
ALTER TABLE project_versions ADD COLUMN bookmark VARCHAR(80);
ALTER TABLE project_versions ADD COLUMN restored_from INT;
