--liquibase formatted sql

--changeset throughline:004-form-submission
-- Every form carries a key made when it opens. Saving records the key in the same transaction
-- as the change, so a form sent twice (a double click, a retried request) saves once: the second
-- sending finds the key and gets back what the first saved. Keys older than a day are purged.
CREATE TABLE form_submission (
    submission_key CHAR(36)    NOT NULL PRIMARY KEY,
    kind           VARCHAR(32) NOT NULL,
    record_id      BIGINT      NULL,
    person_id      BIGINT      NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    INDEX ix_form_submission_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
