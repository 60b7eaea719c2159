--liquibase formatted sql

-- The REST API (issue 10): personal API tokens. Only the SHA-256 of a token is kept (hex); the
-- token itself is shown once, when it is made. Revoking a token deletes its row (DD019).

--changeset throughline:014-api-token
CREATE TABLE api_token (
    api_token_id BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    -- lower-case hex of SHA-256(token): what a bearer token is looked up by
    token_hash   CHAR(64)     NOT NULL,
    -- the token's first characters ("tl_AbC1"), so a person can tell their tokens apart
    hint         VARCHAR(12)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_person FOREIGN KEY (person_id) REFERENCES person (person_id) ON DELETE CASCADE,
    INDEX ix_api_token_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
