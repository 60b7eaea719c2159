--liquibase formatted sql

-- CSV import (issue 10, DD017): the key a spreadsheet row carries, so that importing the same
-- file again finds the tactics it made instead of making them twice.

--changeset throughline:012-tactic-external-id
-- As the file gave it, or "sha256:…" of the row's cells when it gave none. Null for tactics
-- planned in Throughline (an export names those "throughline-<id>"). Unique where present.
ALTER TABLE tactic ADD COLUMN external_id VARCHAR(100) NULL;
CREATE UNIQUE INDEX ux_tactic_external_id ON tactic (external_id);
