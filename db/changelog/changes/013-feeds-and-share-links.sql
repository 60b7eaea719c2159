--liquibase formatted sql

-- Issue 10: private iCalendar feeds and read-only share links (DD018). Both are reached by a
-- long random token in a URL; only its SHA-256 (64 hex characters) is stored, so a copy of the
-- database does not open any feed or link.

--changeset throughline:013-calendar-feed
-- A person's subscription URL. filter_query is the calendar's URL state ("channel=4&status=approved");
-- null means "my tactics" (the tactics the person owns).
CREATE TABLE calendar_feed (
    calendar_feed_id BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT       NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    name             VARCHAR(80)  NOT NULL,
    filter_query     VARCHAR(500) NULL,
    created_at       DATETIME(6)  NOT NULL,
    revoked_at       DATETIME(6)  NULL,
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (person_id) ON DELETE CASCADE,
    INDEX ix_calendar_feed_person (person_id, revoked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:013-share-link
-- A read-only calendar for someone without an account. Valid through expires_on (inclusive, in
-- UTC) unless revoked; tactic bodies only when show_bodies.
CREATE TABLE share_link (
    share_link_id BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_by    BIGINT       NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    label         VARCHAR(120) NOT NULL,
    filter_query  VARCHAR(500) NOT NULL,
    show_bodies   TINYINT(1)   NOT NULL DEFAULT 0,
    expires_on    DATE         NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    revoked_at    DATETIME(6)  NULL,
    CONSTRAINT uk_share_link_token UNIQUE (token_hash),
    CONSTRAINT fk_share_link_creator FOREIGN KEY (created_by) REFERENCES person (person_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
