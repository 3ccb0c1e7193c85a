-- Where each version was deployed: its tier (static, data, docker, kubernetes), how long the
-- deploy took and the URL it went live at.
ALTER TABLE project_versions ADD COLUMN tier VARCHAR(16);
ALTER TABLE project_versions ADD COLUMN deploy_millis BIGINT;
ALTER TABLE project_versions ADD COLUMN deployed_url VARCHAR(500);

-- Apps whose server code runs somewhere: the version serving the app's /api/ and where
-- Faibric's proxy forwards to. One row per app, switched in one update (blue/green). The
-- container or Kubernetes object that serves it is named in `handle` so any node can stop it.
CREATE TABLE app_servers (
    project_id BIGINT       NOT NULL PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    slug       VARCHAR(100) NOT NULL UNIQUE,
    version    INT          NOT NULL,
    tier       VARCHAR(16)  NOT NULL,
    upstream   VARCHAR(500) NOT NULL,
    handle     VARCHAR(200),
    updated_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- The owner's secrets for an app's server code, sealed with AES-GCM under a platform key: they
-- reach the app's container as environment variables and nothing else (no page, no log, no event).
CREATE TABLE project_secrets (
    project_id BIGINT       NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name       VARCHAR(64)  NOT NULL,
    sealed     VARCHAR(8000) NOT NULL,
    updated_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (project_id, name)
);
