--liquibase formatted sql

-- The plan tree: business objective > marketing strategy > campaign > tactic.
-- Points in time are DATETIME(6) in UTC (read as java.time.Instant); plan periods are whole days (DATE).

--changeset throughline:002-business-objective
CREATE TABLE business_objective (
    business_objective_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200)   NOT NULL,
    description   TEXT           NULL,
    owner_id      BIGINT         NOT NULL,
    starts_on     DATE           NOT NULL,
    ends_on       DATE           NOT NULL,
    kpi_metric    VARCHAR(120)   NULL,
    kpi_baseline  DECIMAL(19, 4) NULL,
    kpi_target    DECIMAL(19, 4) NULL,
    kpi_current   DECIMAL(19, 4) NULL,
    version       INT            NOT NULL DEFAULT 0,
    created_by    BIGINT         NULL,
    created_at    DATETIME(6)    NOT NULL,
    updated_by    BIGINT         NULL,
    updated_at    DATETIME(6)    NOT NULL,
    CONSTRAINT fk_objective_owner FOREIGN KEY (owner_id) REFERENCES person (person_id),
    CONSTRAINT ck_objective_period CHECK (ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:002-marketing-strategy
CREATE TABLE marketing_strategy (
    marketing_strategy_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    business_objective_id BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    description   TEXT         NULL,
    owner_id      BIGINT       NOT NULL,
    audience      VARCHAR(200) NULL,
    kpi_metric    VARCHAR(120) NULL,
    kpi_target    DECIMAL(19, 4) NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    created_by    BIGINT       NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_by    BIGINT       NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_strategy_objective FOREIGN KEY (business_objective_id) REFERENCES business_objective (business_objective_id),
    CONSTRAINT fk_strategy_owner FOREIGN KEY (owner_id) REFERENCES person (person_id),
    CONSTRAINT ck_strategy_period CHECK (ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:002-campaign
CREATE TABLE campaign (
    campaign_id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    marketing_strategy_id BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    description   TEXT         NULL,
    intent        VARCHAR(16)  NOT NULL,
    owner_id      BIGINT       NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    colour        CHAR(7)      NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    created_by    BIGINT       NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_by    BIGINT       NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_campaign_strategy FOREIGN KEY (marketing_strategy_id) REFERENCES marketing_strategy (marketing_strategy_id),
    CONSTRAINT fk_campaign_owner FOREIGN KEY (owner_id) REFERENCES person (person_id),
    CONSTRAINT ck_campaign_intent CHECK (intent IN ('CAMPAIGN', 'BRANDING')),
    CONSTRAINT ck_campaign_period CHECK (ends_on >= starts_on),
    INDEX ix_campaign_period (starts_on, ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:002-tactic
-- A tactic's strategy is always stored when it is aligned, also when it hangs under a campaign
-- (then it equals the campaign's strategy): the tree's counts and the calendar's objective and
-- strategy filters then need no join through campaign. See docs/design-decisions/DD004.
CREATE TABLE tactic (
    tactic_id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    marketing_strategy_id BIGINT       NULL,
    campaign_id           BIGINT       NULL,
    title                 VARCHAR(200) NOT NULL,
    body                  TEXT         NULL,
    channel_id            BIGINT       NOT NULL,
    scheduled_start       DATETIME(6)  NULL,
    scheduled_end         DATETIME(6)  NULL,
    status                VARCHAR(16)  NOT NULL,
    owner_id              BIGINT       NOT NULL,
    department_id         BIGINT       NULL,
    intent                VARCHAR(16)  NOT NULL,
    interaction_mode      VARCHAR(16)  NOT NULL,
    notes                 TEXT         NULL,
    version               INT          NOT NULL DEFAULT 0,
    created_by            BIGINT       NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_by            BIGINT       NULL,
    updated_at            DATETIME(6)  NOT NULL,
    CONSTRAINT fk_tactic_strategy FOREIGN KEY (marketing_strategy_id) REFERENCES marketing_strategy (marketing_strategy_id),
    CONSTRAINT fk_tactic_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (campaign_id),
    CONSTRAINT fk_tactic_channel FOREIGN KEY (channel_id) REFERENCES channel (channel_id),
    CONSTRAINT fk_tactic_owner FOREIGN KEY (owner_id) REFERENCES person (person_id),
    CONSTRAINT fk_tactic_department FOREIGN KEY (department_id) REFERENCES department (department_id),
    CONSTRAINT ck_tactic_status CHECK (status IN ('IDEA', 'DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'CANCELLED')),
    CONSTRAINT ck_tactic_intent CHECK (intent IN ('CAMPAIGN', 'BRANDING')),
    CONSTRAINT ck_tactic_mode CHECK (interaction_mode IN ('BROADCAST', 'CONVERSATION')),
    -- a campaign implies its strategy; an unaligned tactic is only an idea
    CONSTRAINT ck_tactic_campaign_has_strategy CHECK (campaign_id IS NULL OR marketing_strategy_id IS NOT NULL),
    CONSTRAINT ck_tactic_unaligned_is_idea CHECK (marketing_strategy_id IS NOT NULL OR status IN ('IDEA', 'CANCELLED')),
    CONSTRAINT ck_tactic_end_after_start CHECK (scheduled_end IS NULL OR scheduled_end >= scheduled_start),
    -- the calendar reads a date range: one range scan on the start
    INDEX ix_tactic_start (scheduled_start),
    -- the plan tree counts tactics per strategy, campaign and channel from the index alone
    INDEX ix_tactic_tree (marketing_strategy_id, campaign_id, channel_id),
    INDEX ix_tactic_channel_start (channel_id, scheduled_start),
    INDEX ix_tactic_owner_start (owner_id, scheduled_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:002-tactic-status-change
-- Every change of a tactic's status is recorded (who, when, from, to).
CREATE TABLE tactic_status_change (
    tactic_status_change_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tactic_id   BIGINT      NOT NULL,
    from_status VARCHAR(16) NULL,
    to_status   VARCHAR(16) NOT NULL,
    changed_by  BIGINT      NULL,
    changed_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_status_change_tactic FOREIGN KEY (tactic_id) REFERENCES tactic (tactic_id) ON DELETE CASCADE,
    CONSTRAINT fk_status_change_person FOREIGN KEY (changed_by) REFERENCES person (person_id),
    INDEX ix_status_change_tactic (tactic_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
