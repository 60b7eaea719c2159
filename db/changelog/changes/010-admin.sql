--liquibase formatted sql

-- The admin area (issue 9): channels are retired rather than deleted once tactics use them, and
-- every admin change is recorded with who made it, when, and what it was before and after.

--changeset throughline:010-channel-retired
-- A retired channel stays on the tactics that used it (the calendar, the plan, the dashboard still
-- show them) but is no longer offered for a new tactic.
ALTER TABLE channel ADD COLUMN retired TINYINT(1) NOT NULL DEFAULT 0;

--changeset throughline:010-admin-audit
-- One row per admin change, written in the change's own transaction. The texts are readable
-- summaries ("name=Sales, communications team=no"), shown as plain text, never as HTML; before
-- is null for a creation, after for a deletion. The audit page reads it newest first, optionally
-- of one kind, a page at a time.
CREATE TABLE admin_audit (
    admin_audit_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(32) NOT NULL,
    subject_id     BIGINT      NOT NULL,
    action         VARCHAR(16) NOT NULL,
    changed_by     BIGINT      NOT NULL,
    changed_at     DATETIME(6) NOT NULL,
    before_text    TEXT        NULL,
    after_text     TEXT        NULL,
    CONSTRAINT fk_admin_audit_person FOREIGN KEY (changed_by) REFERENCES person (person_id),
    CONSTRAINT ck_admin_audit_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'RETIRE', 'RESTORE')),
    INDEX ix_admin_audit_when (changed_at),
    INDEX ix_admin_audit_kind (kind, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
