--liquibase formatted sql

-- The alignment measures (docs/design-decisions/DD010): the communications-team flag that
-- department participation is measured against, an index the dashboard's figures read alone,
-- and the plan tree's tactic counts kept up to date on write.

--changeset throughline:007-department-communications-team
-- Departments whose job is communication (Marketing, Communications/PR): participation is the
-- share of social tactics owned outside them.
ALTER TABLE department ADD COLUMN communications_team TINYINT(1) NOT NULL DEFAULT 0;

--changeset throughline:007-demo-communications-team
-- Until the admin screens can set the flag: the demo organisation's two communication
-- departments (a database without them is not changed).
UPDATE department SET communications_team = 1 WHERE name IN ('Marketing', 'Communications & PR');

--changeset throughline:007-tactic-calendar-index-with-mode
-- The calendar index gains the interaction mode, so every figure of the dashboard (intent, mode,
-- channel, strategy, department per period) is counted from the index alone.
CREATE INDEX ix_tactic_period ON tactic (scheduled_start, scheduled_end, channel_id, marketing_strategy_id,
    campaign_id, department_id, owner_id, status, intent, interaction_mode);
DROP INDEX ix_tactic_calendar ON tactic;

--changeset throughline:007-plan-tally
-- How many tactics hang under each strategy (campaign_id 0: directly; marketing_strategy_id 0:
-- the unaligned ideas) per channel, all statuses: the plan tree's counts and the number of
-- unaligned ideas. Kept by the triggers below in the same transaction as the tactic change,
-- whoever writes (services, imports, the demo, benchmark loaders), so it is always exact.
CREATE TABLE plan_tally (
    marketing_strategy_id BIGINT NOT NULL,
    campaign_id           BIGINT NOT NULL,
    channel_id            BIGINT NOT NULL,
    tactics               INT    NOT NULL,
    PRIMARY KEY (marketing_strategy_id, campaign_id, channel_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO plan_tally (marketing_strategy_id, campaign_id, channel_id, tactics)
SELECT COALESCE(marketing_strategy_id, 0), COALESCE(campaign_id, 0), channel_id, COUNT(*)
FROM tactic
GROUP BY COALESCE(marketing_strategy_id, 0), COALESCE(campaign_id, 0), channel_id;

--changeset throughline:007-plan-tally-on-insert splitStatements:false
CREATE TRIGGER tr_tactic_tally_insert AFTER INSERT ON tactic FOR EACH ROW
BEGIN
    INSERT INTO plan_tally (marketing_strategy_id, campaign_id, channel_id, tactics)
    VALUES (COALESCE(NEW.marketing_strategy_id, 0), COALESCE(NEW.campaign_id, 0), NEW.channel_id, 1)
    ON DUPLICATE KEY UPDATE tactics = tactics + 1;
END

--changeset throughline:007-plan-tally-on-delete splitStatements:false
CREATE TRIGGER tr_tactic_tally_delete AFTER DELETE ON tactic FOR EACH ROW
BEGIN
    UPDATE plan_tally SET tactics = tactics - 1
    WHERE marketing_strategy_id = COALESCE(OLD.marketing_strategy_id, 0)
      AND campaign_id = COALESCE(OLD.campaign_id, 0)
      AND channel_id = OLD.channel_id;
END

--changeset throughline:007-plan-tally-on-update splitStatements:false
-- The two tally rows are always touched in key order, so two moves in opposite directions lock
-- them in the same order and cannot deadlock on each other.
CREATE TRIGGER tr_tactic_tally_update AFTER UPDATE ON tactic FOR EACH ROW
BEGIN
    DECLARE old_first BOOLEAN;
    IF NOT (OLD.marketing_strategy_id <=> NEW.marketing_strategy_id)
            OR NOT (OLD.campaign_id <=> NEW.campaign_id)
            OR OLD.channel_id <> NEW.channel_id THEN
        SET old_first = (COALESCE(OLD.marketing_strategy_id, 0), COALESCE(OLD.campaign_id, 0), OLD.channel_id)
            < (COALESCE(NEW.marketing_strategy_id, 0), COALESCE(NEW.campaign_id, 0), NEW.channel_id);
        IF old_first THEN
            UPDATE plan_tally SET tactics = tactics - 1
            WHERE marketing_strategy_id = COALESCE(OLD.marketing_strategy_id, 0)
              AND campaign_id = COALESCE(OLD.campaign_id, 0)
              AND channel_id = OLD.channel_id;
        END IF;
        INSERT INTO plan_tally (marketing_strategy_id, campaign_id, channel_id, tactics)
        VALUES (COALESCE(NEW.marketing_strategy_id, 0), COALESCE(NEW.campaign_id, 0), NEW.channel_id, 1)
        ON DUPLICATE KEY UPDATE tactics = tactics + 1;
        IF NOT old_first THEN
            UPDATE plan_tally SET tactics = tactics - 1
            WHERE marketing_strategy_id = COALESCE(OLD.marketing_strategy_id, 0)
              AND campaign_id = COALESCE(OLD.campaign_id, 0)
              AND channel_id = OLD.channel_id;
        END IF;
    END IF;
END

--changeset throughline:007-month-tally
-- The counted tactics (all but IDEA and CANCELLED) per UTC month of their start, strategy,
-- department (0: none), channel and interaction mode: what the plan's warnings read for a
-- quarter instead of scanning its tactics (DD010). The edges of a period in the viewer's zone
-- (a few hours off the UTC month) are counted from the tactics themselves. Kept by triggers.
CREATE TABLE month_tally (
    month                 DATE        NOT NULL,
    marketing_strategy_id BIGINT      NOT NULL,
    department_id         BIGINT      NOT NULL,
    channel_id            BIGINT      NOT NULL,
    interaction_mode      VARCHAR(16) NOT NULL,
    tactics               INT         NOT NULL,
    PRIMARY KEY (month, marketing_strategy_id, department_id, channel_id, interaction_mode)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO month_tally (month, marketing_strategy_id, department_id, channel_id, interaction_mode, tactics)
SELECT DATE_FORMAT(scheduled_start, '%Y-%m-01'), COALESCE(marketing_strategy_id, 0), COALESCE(department_id, 0),
       channel_id, interaction_mode, COUNT(*)
FROM tactic
WHERE scheduled_start IS NOT NULL AND status NOT IN ('IDEA', 'CANCELLED')
GROUP BY DATE_FORMAT(scheduled_start, '%Y-%m-01'), COALESCE(marketing_strategy_id, 0), COALESCE(department_id, 0),
         channel_id, interaction_mode;

--changeset throughline:007-month-tally-on-insert splitStatements:false
CREATE TRIGGER tr_tactic_month_insert AFTER INSERT ON tactic FOR EACH ROW
BEGIN
    IF NEW.scheduled_start IS NOT NULL AND NEW.status NOT IN ('IDEA', 'CANCELLED') THEN
        INSERT INTO month_tally (month, marketing_strategy_id, department_id, channel_id, interaction_mode, tactics)
        VALUES (DATE_FORMAT(NEW.scheduled_start, '%Y-%m-01'), COALESCE(NEW.marketing_strategy_id, 0),
                COALESCE(NEW.department_id, 0), NEW.channel_id, NEW.interaction_mode, 1)
        ON DUPLICATE KEY UPDATE tactics = tactics + 1;
    END IF;
END

--changeset throughline:007-month-tally-on-delete splitStatements:false
CREATE TRIGGER tr_tactic_month_delete AFTER DELETE ON tactic FOR EACH ROW
BEGIN
    IF OLD.scheduled_start IS NOT NULL AND OLD.status NOT IN ('IDEA', 'CANCELLED') THEN
        UPDATE month_tally SET tactics = tactics - 1
        WHERE month = DATE_FORMAT(OLD.scheduled_start, '%Y-%m-01')
          AND marketing_strategy_id = COALESCE(OLD.marketing_strategy_id, 0)
          AND department_id = COALESCE(OLD.department_id, 0)
          AND channel_id = OLD.channel_id
          AND interaction_mode = OLD.interaction_mode;
    END IF;
END

--changeset throughline:007-month-tally-on-update splitStatements:false
-- As for plan_tally: the old and the new row are touched in key order (no deadlock between
-- two moves in opposite directions).
CREATE TRIGGER tr_tactic_month_update AFTER UPDATE ON tactic FOR EACH ROW
BEGIN
    DECLARE old_counted BOOLEAN;
    DECLARE new_counted BOOLEAN;
    DECLARE old_first BOOLEAN;
    IF NOT (OLD.scheduled_start <=> NEW.scheduled_start)
            OR NOT (OLD.status <=> NEW.status)
            OR NOT (OLD.marketing_strategy_id <=> NEW.marketing_strategy_id)
            OR NOT (OLD.department_id <=> NEW.department_id)
            OR OLD.channel_id <> NEW.channel_id
            OR OLD.interaction_mode <> NEW.interaction_mode THEN
        SET old_counted = OLD.scheduled_start IS NOT NULL AND OLD.status NOT IN ('IDEA', 'CANCELLED');
        SET new_counted = NEW.scheduled_start IS NOT NULL AND NEW.status NOT IN ('IDEA', 'CANCELLED');
        SET old_first = NOT new_counted OR (DATE_FORMAT(OLD.scheduled_start, '%Y-%m-01'),
                COALESCE(OLD.marketing_strategy_id, 0), COALESCE(OLD.department_id, 0), OLD.channel_id,
                OLD.interaction_mode)
            < (DATE_FORMAT(NEW.scheduled_start, '%Y-%m-01'), COALESCE(NEW.marketing_strategy_id, 0),
                COALESCE(NEW.department_id, 0), NEW.channel_id, NEW.interaction_mode);
        IF old_counted AND old_first THEN
            UPDATE month_tally SET tactics = tactics - 1
            WHERE month = DATE_FORMAT(OLD.scheduled_start, '%Y-%m-01')
              AND marketing_strategy_id = COALESCE(OLD.marketing_strategy_id, 0)
              AND department_id = COALESCE(OLD.department_id, 0)
              AND channel_id = OLD.channel_id
              AND interaction_mode = OLD.interaction_mode;
        END IF;
        IF new_counted THEN
            INSERT INTO month_tally (month, marketing_strategy_id, department_id, channel_id, interaction_mode, tactics)
            VALUES (DATE_FORMAT(NEW.scheduled_start, '%Y-%m-01'), COALESCE(NEW.marketing_strategy_id, 0),
                    COALESCE(NEW.department_id, 0), NEW.channel_id, NEW.interaction_mode, 1)
            ON DUPLICATE KEY UPDATE tactics = tactics + 1;
        END IF;
        IF old_counted AND NOT old_first THEN
            UPDATE month_tally SET tactics = tactics - 1
            WHERE month = DATE_FORMAT(OLD.scheduled_start, '%Y-%m-01')
              AND marketing_strategy_id = COALESCE(OLD.marketing_strategy_id, 0)
              AND department_id = COALESCE(OLD.department_id, 0)
              AND channel_id = OLD.channel_id
              AND interaction_mode = OLD.interaction_mode;
        END IF;
    END IF;
END
