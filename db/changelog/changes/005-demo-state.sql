--liquibase formatted sql

--changeset throughline:005-demo-state
-- Only a demo database has this row: the day the demo organisation was created and the last day
-- its tactics reach. Each start tops the demo up to half a year ahead (demo.DemoRoller), so a
-- newcomer finds tactics in any month near today however long ago the demo was created.
CREATE TABLE demo_state (
    demo_state_id INT  NOT NULL PRIMARY KEY,
    created_on    DATE NOT NULL,
    covered_until DATE NOT NULL,
    CONSTRAINT ck_demo_state_single CHECK (demo_state_id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
