--liquibase formatted sql

-- The listening log (issue 9; DESIGN.md, "Insight" and "listening acted on"): what was heard,
-- where and when, and the tactics and strategies it changed. The service keeps the rules a CHECK
-- cannot (the text's length, a day not in the future); see app.throughline.listening.

--changeset throughline:009-insight
-- One thing heard. Where: a channel, or a free-text source (a trade-show stand, a sales call);
-- the service asks for exactly one of them.
CREATE TABLE insight (
    insight_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    heard             TEXT         NOT NULL,
    source_channel_id BIGINT       NULL,
    source_text       VARCHAR(200) NULL,
    heard_on          DATE         NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    recorded_by       BIGINT       NOT NULL,
    recorded_at       DATETIME(6)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_insight_channel FOREIGN KEY (source_channel_id) REFERENCES channel (channel_id),
    CONSTRAINT fk_insight_recorded_by FOREIGN KEY (recorded_by) REFERENCES person (person_id),
    CONSTRAINT ck_insight_kind CHECK (kind IN ('QUESTION', 'COMPLAINT', 'PRAISE', 'IDEA', 'COMPETITOR_MOVE')),
    -- the log lists newest first and the acted-on share reads a range of days: both from this index
    INDEX ix_insight_heard (heard_on, insight_id),
    INDEX ix_insight_kind_heard (kind, heard_on, insight_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:009-insight-link
-- What an insight changed: a tactic or a strategy, exactly one per row, each at most once per
-- insight. Deleting the tactic or strategy deletes the link (the insight may then count as not
-- acted on again).
CREATE TABLE insight_link (
    insight_link_id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    insight_id            BIGINT      NOT NULL,
    tactic_id             BIGINT      NULL,
    marketing_strategy_id BIGINT      NULL,
    linked_by             BIGINT      NOT NULL,
    linked_at             DATETIME(6) NOT NULL,
    CONSTRAINT fk_insight_link_insight FOREIGN KEY (insight_id) REFERENCES insight (insight_id) ON DELETE CASCADE,
    CONSTRAINT fk_insight_link_tactic FOREIGN KEY (tactic_id) REFERENCES tactic (tactic_id) ON DELETE CASCADE,
    CONSTRAINT fk_insight_link_strategy FOREIGN KEY (marketing_strategy_id)
        REFERENCES marketing_strategy (marketing_strategy_id) ON DELETE CASCADE,
    CONSTRAINT fk_insight_link_person FOREIGN KEY (linked_by) REFERENCES person (person_id),
    CONSTRAINT ck_insight_link_one_target CHECK ((tactic_id IS NULL) <> (marketing_strategy_id IS NULL)),
    -- an insight's links (and "is it linked at all") from the unique keys; a tactic's or a
    -- strategy's insights (the composer, the plan) from the other two indexes
    CONSTRAINT uk_insight_link_tactic UNIQUE (insight_id, tactic_id),
    CONSTRAINT uk_insight_link_strategy UNIQUE (insight_id, marketing_strategy_id),
    INDEX ix_insight_link_tactic (tactic_id, insight_id),
    INDEX ix_insight_link_strategy (marketing_strategy_id, insight_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
