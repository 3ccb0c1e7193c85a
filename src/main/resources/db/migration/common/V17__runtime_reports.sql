-- What the owner's preview saw when it ran a version in a browser: NULL until it said, TRUE once the
-- version ran a few seconds without an uncaught error, FALSE once it threw (the first error is kept).
-- A report about the version, not its content: its files and result stay as they were.
ALTER TABLE project_versions ADD COLUMN ran_clean BOOLEAN;
ALTER TABLE project_versions ADD COLUMN runtime_error VARCHAR(2000);
ALTER TABLE project_versions ADD COLUMN runtime_reported_at TIMESTAMP;

-- Run-time errors the platform asked the model to fix, by the fingerprint of their normalised
-- message: the same error is never sent to be fixed twice.
CREATE TABLE runtime_fixes (
    project_id  BIGINT       NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    fingerprint VARCHAR(64)  NOT NULL,
    message     VARCHAR(500) NOT NULL,
    version     INTEGER,
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (project_id, fingerprint)
);

-- A row while the owner's latest turn has had its automatic fix: the owner's next chat message
-- deletes it, so one fix per turn is one insert that succeeds, on whichever node.
CREATE TABLE runtime_fix_turns (
    project_id BIGINT    NOT NULL PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
