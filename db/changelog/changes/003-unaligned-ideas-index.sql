--liquibase formatted sql

--changeset throughline:003-tactic-unaligned-index
-- The plan's "unaligned ideas" list: tactics without a strategy, newest first, read a page at a time.
CREATE INDEX ix_tactic_unaligned ON tactic (marketing_strategy_id, created_at);
