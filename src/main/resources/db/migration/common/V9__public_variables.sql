-- What a project's owner sets for the app's process.env and import.meta.env: public values
-- (an API's URL, a map style), served to every visitor of the app, never secrets.
CREATE TABLE project_variables (
    project_id BIGINT        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name       VARCHAR(64)   NOT NULL,
    setting    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (project_id, name)
);
