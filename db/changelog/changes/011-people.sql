--liquibase formatted sql

-- People (issue 9): each person's locale and expertise topics, the first-sign-in password
-- change, and the admin actions on people in the audit.

--changeset throughline:011-person-locale
-- A BCP 47 language tag ("de-DE", "en-US"). Null means "follow the browser": the UI then takes
-- the Accept-Language of the request (DD016).
ALTER TABLE person ADD COLUMN locale VARCHAR(35) NULL;

--changeset throughline:011-person-must-change-password
-- Set when an admin creates a person or resets a password: the password was shown to the admin,
-- so the person must replace it before they can do anything else.
ALTER TABLE person ADD COLUMN must_change_password TINYINT(1) NOT NULL DEFAULT 0;

--changeset throughline:011-person-topic
-- What a person knows about ("direct dial" to experts). Stored as typed, compared without case
-- (the collation); the index serves the directory's topic filter and the expert suggestions.
CREATE TABLE person_topic (
    person_id BIGINT      NOT NULL,
    topic     VARCHAR(60) NOT NULL,
    PRIMARY KEY (person_id, topic),
    CONSTRAINT fk_person_topic_person FOREIGN KEY (person_id) REFERENCES person (person_id) ON DELETE CASCADE,
    INDEX ix_person_topic_topic (topic)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:011-admin-audit-person-actions
ALTER TABLE admin_audit DROP CONSTRAINT ck_admin_audit_action;
ALTER TABLE admin_audit ADD CONSTRAINT ck_admin_audit_action
    CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'RETIRE', 'RESTORE', 'DISABLE', 'ENABLE', 'RESET_PASSWORD'));
