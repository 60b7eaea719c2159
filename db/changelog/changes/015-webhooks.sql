--liquibase formatted sql

-- Webhooks (issue 10): URLs an admin registers for tactic events, and the outbox of deliveries,
-- written in the same transaction as the tactic's change and sent after commit by the poller
-- (docs/design-decisions/DD020-webhooks.md, docs/webhooks.md).

--changeset throughline:015-webhook
-- The secret signs every delivery (HMAC-SHA256), so it is kept as given, not hashed: the admin
-- sees it once, at creation or rotation; the app never shows it again.
CREATE TABLE webhook (
    webhook_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    url        VARCHAR(2000) NOT NULL,
    secret     VARCHAR(100)  NOT NULL,
    enabled    TINYINT(1)    NOT NULL DEFAULT 1,
    created_by BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    version    INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_webhook_person FOREIGN KEY (created_by) REFERENCES person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:015-webhook-event
-- The events a hook listens to ("tactic.approved", ...); the outbox writer reads it by event.
CREATE TABLE webhook_event (
    webhook_id BIGINT      NOT NULL,
    event      VARCHAR(32) NOT NULL,
    PRIMARY KEY (webhook_id, event),
    CONSTRAINT fk_webhook_event_webhook FOREIGN KEY (webhook_id) REFERENCES webhook (webhook_id) ON DELETE CASCADE,
    INDEX ix_webhook_event_event (event)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:015-webhook-delivery
-- The outbox: one row per event and hook. The payload is the exact JSON body sent (and signed).
-- PENDING rows are due at next_attempt_at; a claimed row is DELIVERING with next_attempt_at the
-- end of its lease (a node that died while delivering leaves it due again then). Delivered and
-- failed rows have no next_attempt_at, so the due index holds only what may still be sent, in the
-- order the claim takes it (the claim's locking read stops after its batch, never locking more). tactic_id has no
-- foreign key: the record of what was sent outlives a deleted tactic.
CREATE TABLE webhook_delivery (
    webhook_delivery_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    webhook_id          BIGINT        NOT NULL,
    event               VARCHAR(32)   NOT NULL,
    tactic_id           BIGINT        NOT NULL,
    payload             MEDIUMTEXT    NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    attempts            INT           NOT NULL DEFAULT 0,
    next_attempt_at     DATETIME(6)   NULL,
    last_attempt_at     DATETIME(6)   NULL,
    http_status         INT           NULL,
    last_error          VARCHAR(1000) NULL,
    created_at          DATETIME(6)   NOT NULL,
    delivered_at        DATETIME(6)   NULL,
    CONSTRAINT fk_webhook_delivery_webhook FOREIGN KEY (webhook_id) REFERENCES webhook (webhook_id) ON DELETE CASCADE,
    CONSTRAINT ck_webhook_delivery_status CHECK (status IN ('PENDING', 'DELIVERING', 'DELIVERED', 'FAILED')),
    INDEX ix_webhook_delivery_due (next_attempt_at),
    INDEX ix_webhook_delivery_recent (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
