--liquibase formatted sql

-- The composer, the review queue and the coaching workflow (issue 8, docs/design-decisions/DD012):
-- the social policy's checklist and the ticks an author gives it, the coaching thread, the
-- record of every edit, the time a tactic entered its status (the review queue's order), and
-- how each channel counts the length of a copy.

--changeset throughline:008-channel-counting
-- How the channel counts a copy's length (channel.CopyCounting): X weighs emoji, CJK and links
-- as X does; every other channel counts visible characters (grapheme clusters).
ALTER TABLE channel ADD COLUMN counting VARCHAR(16) NOT NULL DEFAULT 'GRAPHEMES';
ALTER TABLE channel ADD CONSTRAINT ck_channel_counting CHECK (counting IN ('X_WEIGHTED', 'GRAPHEMES'));
UPDATE channel SET counting = 'X_WEIGHTED' WHERE name IN ('X', 'X (Twitter)', 'Twitter');

--changeset throughline:008-social-policy-item
-- The social policy's checklist, edited by an admin. Items are retired (active = 0) rather than
-- deleted, so the ticks given for them stay on record.
CREATE TABLE social_policy_item (
    social_policy_item_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    position              INT          NOT NULL,
    text                  VARCHAR(300) NOT NULL,
    active                TINYINT(1)   NOT NULL DEFAULT 1,
    version               INT          NOT NULL DEFAULT 0,
    INDEX ix_social_policy_item_position (active, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO social_policy_item (position, text) VALUES
    (1, 'I say who I am and that I work here'),
    (2, 'No client, customer or colleague is named or shown without their consent'),
    (3, 'Nothing confidential: no figures, plans or prices that are not public'),
    (4, 'Facts are checked and sources are linked'),
    (5, 'The tone is one I would use with a customer in person');

--changeset throughline:008-tactic-policy-tick
-- The author's ticks, given for the copy as it stood at the tactic version recorded here. A
-- change of the title or the copy deletes them in the same transaction (the ticks were given
-- for words that no longer stand).
CREATE TABLE tactic_policy_tick (
    tactic_id             BIGINT      NOT NULL,
    social_policy_item_id BIGINT      NOT NULL,
    tactic_version        INT         NOT NULL,
    ticked_by             BIGINT      NOT NULL,
    ticked_at             DATETIME(6) NOT NULL,
    PRIMARY KEY (tactic_id, social_policy_item_id),
    CONSTRAINT fk_policy_tick_tactic FOREIGN KEY (tactic_id) REFERENCES tactic (tactic_id) ON DELETE CASCADE,
    CONSTRAINT fk_policy_tick_item FOREIGN KEY (social_policy_item_id) REFERENCES social_policy_item (social_policy_item_id),
    CONSTRAINT fk_policy_tick_person FOREIGN KEY (ticked_by) REFERENCES person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:008-tactic-comment
-- The coaching thread: plain text, at most 5,000 characters (checked by the service, which
-- also keeps the 15-minute edit window). A send-back's comment names the step it came with.
CREATE TABLE tactic_comment (
    tactic_comment_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tactic_id         BIGINT      NOT NULL,
    author_id         BIGINT      NOT NULL,
    body              TEXT        NOT NULL,
    sent_back         TINYINT(1)  NOT NULL DEFAULT 0,
    created_at        DATETIME(6) NOT NULL,
    edited_at         DATETIME(6) NULL,
    version           INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_comment_tactic FOREIGN KEY (tactic_id) REFERENCES tactic (tactic_id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES person (person_id),
    INDEX ix_comment_tactic (tactic_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:008-tactic-edit
-- Every saved edit of a tactic: who, when, and the names of the fields that changed.
CREATE TABLE tactic_edit (
    tactic_edit_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tactic_id      BIGINT       NOT NULL,
    changed_by     BIGINT       NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    fields         VARCHAR(300) NOT NULL,
    CONSTRAINT fk_tactic_edit_tactic FOREIGN KEY (tactic_id) REFERENCES tactic (tactic_id) ON DELETE CASCADE,
    CONSTRAINT fk_tactic_edit_person FOREIGN KEY (changed_by) REFERENCES person (person_id),
    INDEX ix_tactic_edit_tactic (tactic_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:008-tactic-status-since
-- When the tactic entered its current status: the review queue lists IN_REVIEW oldest first as
-- one range of this index, however many tactics there are. The service sets it with each step;
-- the default only serves rows written outside it (bulk loaders).
ALTER TABLE tactic ADD COLUMN status_since DATETIME(6) NULL;
UPDATE tactic t SET status_since = COALESCE(
    (SELECT MAX(c.changed_at) FROM tactic_status_change c WHERE c.tactic_id = t.tactic_id), t.updated_at);
ALTER TABLE tactic MODIFY status_since DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
CREATE INDEX ix_tactic_status_since ON tactic (status, status_since);

--changeset throughline:008-status-change-by-step
-- The look-back list reads the steps to approved or scheduled taken in the last 30 days.
CREATE INDEX ix_status_change_when ON tactic_status_change (to_status, changed_at);
