-- Secrets the platform makes for itself on first start and every node shares (e.g. the key that
-- makes preview addresses unguessable). Never sent to a client.
CREATE TABLE platform_secrets (
    name       VARCHAR(50)  PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
