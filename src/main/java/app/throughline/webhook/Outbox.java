package app.throughline.webhook;

import static app.throughline.db.Tables.WEBHOOK;
import static app.throughline.db.Tables.WEBHOOK_DELIVERY;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of deliveries: written in the tactic's transaction, claimed and recorded by the
 * {@link Dispatcher} in short transactions of its own. Joins its caller's transaction.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class Outbox {

    private static final String PENDING = DeliveryStatus.PENDING.name();
    private static final String DELIVERING = DeliveryStatus.DELIVERING.name();

    /** A claimed delivery with what it takes to send it. */
    record Claimed(
            long id, long webhookId, String url, String secret, WebhookEvent event, String payload, int attempts) {}

    private final DSLContext db;

    Outbox(DSLContext db) {
        this.db = db;
    }

    void add(long webhookId, WebhookEvent event, long tacticId, String payload, Instant now) {
        var d = WEBHOOK_DELIVERY;
        db.insertInto(d)
                .set(d.WEBHOOK_ID, webhookId)
                .set(d.EVENT, event.wireName())
                .set(d.TACTIC_ID, tacticId)
                .set(d.PAYLOAD, payload)
                .set(d.STATUS, PENDING)
                .set(d.ATTEMPTS, 0)
                .set(d.NEXT_ATTEMPT_AT, now)
                .set(d.CREATED_AT, now)
                .execute();
    }

    /**
     * Claims up to {@code limit} due deliveries of enabled hooks, oldest due first, skipping rows
     * another poller holds ({@code FOR UPDATE SKIP LOCKED}), and marks them as being sent until
     * {@code leaseEnd}. The caller commits at once, so the locks are held for milliseconds, never
     * during a delivery.
     */
    List<Claimed> claim(int limit, Instant now, Instant leaseEnd) {
        var d = WEBHOOK_DELIVERY;
        // a plain (snapshot) read, so the hooks' rows are not locked by the claim below
        List<Long> enabled = db.select(WEBHOOK.WEBHOOK_ID)
                .from(WEBHOOK)
                .where(WEBHOOK.ENABLED.isTrue())
                .fetch(WEBHOOK.WEBHOOK_ID);
        if (enabled.isEmpty()) {
            return List.of();
        }
        List<Long> ids = db.select(d.WEBHOOK_DELIVERY_ID)
                // the due index in its own order: the locking read stops at the batch's end
                .from(d.forceIndex("ix_webhook_delivery_due"))
                .where(d.STATUS.in(PENDING, DELIVERING), d.NEXT_ATTEMPT_AT.le(now), d.WEBHOOK_ID.in(enabled))
                .orderBy(d.NEXT_ATTEMPT_AT, d.WEBHOOK_DELIVERY_ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(d.WEBHOOK_DELIVERY_ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        db.update(d)
                .set(d.STATUS, DELIVERING)
                .set(d.NEXT_ATTEMPT_AT, leaseEnd)
                .where(d.WEBHOOK_DELIVERY_ID.in(ids))
                .execute();
        return db.select(
                        d.WEBHOOK_DELIVERY_ID,
                        d.WEBHOOK_ID,
                        WEBHOOK.URL,
                        WEBHOOK.SECRET,
                        d.EVENT,
                        d.PAYLOAD,
                        d.ATTEMPTS)
                .from(d)
                .join(WEBHOOK)
                .on(WEBHOOK.WEBHOOK_ID.eq(d.WEBHOOK_ID))
                .where(d.WEBHOOK_DELIVERY_ID.in(ids))
                .orderBy(d.NEXT_ATTEMPT_AT, d.WEBHOOK_DELIVERY_ID)
                .fetch(r -> new Claimed(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        WebhookEvent.ofWireName(r.value5()).orElseThrow(),
                        r.value6(),
                        r.value7()));
    }

    /** Records a 2xx answer. */
    void delivered(long id, int httpStatus, Instant now) {
        var d = WEBHOOK_DELIVERY;
        db.update(d)
                .set(d.STATUS, DeliveryStatus.DELIVERED.name())
                .set(d.ATTEMPTS, d.ATTEMPTS.plus(1))
                .set(d.HTTP_STATUS, httpStatus)
                .set(d.LAST_ERROR, (String) null)
                .set(d.LAST_ATTEMPT_AT, now)
                .set(d.DELIVERED_AT, now)
                .set(d.NEXT_ATTEMPT_AT, (Instant) null)
                .where(d.WEBHOOK_DELIVERY_ID.eq(id), d.STATUS.eq(DELIVERING))
                .execute();
    }

    /** Records a failed attempt: due again at {@code nextAttempt}, or failed for good when that is null. */
    void attemptFailed(
            long id, @Nullable Integer httpStatus, String error, Instant now, @Nullable Instant nextAttempt) {
        var d = WEBHOOK_DELIVERY;
        db.update(d)
                .set(d.STATUS, nextAttempt == null ? DeliveryStatus.FAILED.name() : PENDING)
                .set(d.ATTEMPTS, d.ATTEMPTS.plus(1))
                .set(d.HTTP_STATUS, httpStatus)
                .set(d.LAST_ERROR, error.length() > 1000 ? error.substring(0, 1000) : error)
                .set(d.LAST_ATTEMPT_AT, now)
                .set(d.NEXT_ATTEMPT_AT, nextAttempt)
                .where(d.WEBHOOK_DELIVERY_ID.eq(id), d.STATUS.eq(DELIVERING))
                .execute();
    }

    /** Makes a failed delivery due now, for one more attempt; false when it is not failed (any more). */
    boolean sendAgain(long id, Instant now) {
        var d = WEBHOOK_DELIVERY;
        return db.update(d)
                        .set(d.STATUS, PENDING)
                        .set(d.NEXT_ATTEMPT_AT, now)
                        .where(d.WEBHOOK_DELIVERY_ID.eq(id), d.STATUS.eq(DeliveryStatus.FAILED.name()))
                        .execute()
                == 1;
    }

    /** The newest deliveries, of every hook. */
    List<DeliveryEntry> recent(int limit) {
        return entries(DSL.noCondition(), limit);
    }

    Optional<DeliveryEntry> find(long id) {
        return entries(WEBHOOK_DELIVERY.WEBHOOK_DELIVERY_ID.eq(id), 1).stream().findFirst();
    }

    private List<DeliveryEntry> entries(Condition condition, int limit) {
        var d = WEBHOOK_DELIVERY;
        return db.select(
                        d.WEBHOOK_DELIVERY_ID,
                        d.WEBHOOK_ID,
                        WEBHOOK.URL,
                        d.EVENT,
                        d.TACTIC_ID,
                        d.STATUS,
                        d.ATTEMPTS,
                        d.NEXT_ATTEMPT_AT,
                        d.LAST_ATTEMPT_AT,
                        d.HTTP_STATUS,
                        d.LAST_ERROR,
                        d.CREATED_AT)
                .from(d)
                .join(WEBHOOK)
                .on(WEBHOOK.WEBHOOK_ID.eq(d.WEBHOOK_ID))
                .where(condition)
                .orderBy(d.CREATED_AT.desc(), d.WEBHOOK_DELIVERY_ID.desc())
                .limit(limit)
                .fetch(r -> new DeliveryEntry(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        WebhookEvent.ofWireName(r.value4()).orElseThrow(),
                        r.value5(),
                        DeliveryStatus.valueOf(r.value6()),
                        r.value7(),
                        r.value8(),
                        r.value9(),
                        r.value10(),
                        r.value11(),
                        r.value12()));
    }
}
