--liquibase formatted sql

--changeset throughline:006-tactic-calendar-index
-- The calendar ranks and counts a period's tactics from this index alone (DD007): the start,
-- the end (to test the overlap) and every column a filter narrows by. The full row is read only
-- for the few tactics a day the grid draws, or the page of a list. It starts with the start, so
-- it replaces the start-only index.
CREATE INDEX ix_tactic_calendar ON tactic (scheduled_start, scheduled_end, channel_id, marketing_strategy_id,
    campaign_id, department_id, owner_id, status, intent);
DROP INDEX ix_tactic_start ON tactic;
