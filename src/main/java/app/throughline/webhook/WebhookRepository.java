package app.throughline.webhook;

import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.WEBHOOK;
import static app.throughline.db.Tables.WEBHOOK_EVENT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The registered hooks. Joins its caller's transaction (the service's, which checks the admin). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class WebhookRepository {

    /** The key of the per-transaction cache of {@link #listening}. */
    private static final Object CACHE = new Object();

    private final DSLContext db;

    WebhookRepository(DSLContext db) {
        this.db = db;
    }

    List<Webhook> all() {
        return query(DSL.noCondition());
    }

    Optional<Webhook> find(long id) {
        return query(WEBHOOK.WEBHOOK_ID.eq(id)).stream().findFirst();
    }

    private List<Webhook> query(Condition condition) {
        var w = WEBHOOK;
        return db.select(
                        w.WEBHOOK_ID,
                        w.URL,
                        multiset(select(WEBHOOK_EVENT.EVENT)
                                        .from(WEBHOOK_EVENT)
                                        .where(WEBHOOK_EVENT.WEBHOOK_ID.eq(w.WEBHOOK_ID)))
                                .convertFrom(r -> events(r.getValues(WEBHOOK_EVENT.EVENT))),
                        w.ENABLED,
                        w.CREATED_AT,
                        PERSON.DISPLAY_NAME,
                        w.VERSION)
                .from(w)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(w.CREATED_BY))
                .where(condition)
                .orderBy(w.CREATED_AT, w.WEBHOOK_ID)
                .fetch(r -> new Webhook(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    private static Set<WebhookEvent> events(List<String> names) {
        var events = EnumSet.noneOf(WebhookEvent.class);
        names.forEach(n -> WebhookEvent.ofWireName(n).ifPresent(events::add));
        return events;
    }

    long insert(String url, Set<WebhookEvent> events, String secret, long createdBy, Instant now) {
        forget();
        long id = db.insertInto(WEBHOOK)
                .set(WEBHOOK.URL, url)
                .set(WEBHOOK.SECRET, secret)
                .set(WEBHOOK.ENABLED, true)
                .set(WEBHOOK.CREATED_BY, createdBy)
                .set(WEBHOOK.CREATED_AT, now)
                .returningResult(WEBHOOK.WEBHOOK_ID)
                .fetchSingle()
                .value1();
        for (WebhookEvent event : events) {
            db.insertInto(WEBHOOK_EVENT)
                    .set(WEBHOOK_EVENT.WEBHOOK_ID, id)
                    .set(WEBHOOK_EVENT.EVENT, event.wireName())
                    .execute();
        }
        return id;
    }

    /** Whether the hook was still at {@code version} (then it is changed and one version newer). */
    boolean setEnabled(long id, int version, boolean enabled) {
        forget();
        return db.update(WEBHOOK)
                        .set(WEBHOOK.ENABLED, enabled)
                        .set(WEBHOOK.VERSION, WEBHOOK.VERSION.plus(1))
                        .where(WEBHOOK.WEBHOOK_ID.eq(id), WEBHOOK.VERSION.eq(version))
                        .execute()
                == 1;
    }

    boolean setSecret(long id, int version, String secret) {
        return db.update(WEBHOOK)
                        .set(WEBHOOK.SECRET, secret)
                        .set(WEBHOOK.VERSION, WEBHOOK.VERSION.plus(1))
                        .where(WEBHOOK.WEBHOOK_ID.eq(id), WEBHOOK.VERSION.eq(version))
                        .execute()
                == 1;
    }

    /** Deletes the hook with its events and deliveries (the foreign keys cascade). */
    boolean delete(long id, int version) {
        forget();
        return db.deleteFrom(WEBHOOK)
                        .where(WEBHOOK.WEBHOOK_ID.eq(id), WEBHOOK.VERSION.eq(version))
                        .execute()
                == 1;
    }

    /**
     * The enabled hooks listening to {@code event}: their ids, read once per transaction (an import
     * that saves thousands of tactics in one transaction asks once, not per row). Under REPEATABLE
     * READ a second read would see the same snapshot; the transaction's own changes to hooks
     * ({@link #forget}) clear it.
     */
    List<Long> listening(WebhookEvent event) {
        @SuppressWarnings("unchecked")
        var cache = (Map<WebhookEvent, List<Long>>) TransactionSynchronizationManager.getResource(CACHE);
        if (cache == null) {
            var fresh = new EnumMap<WebhookEvent, List<Long>>(WebhookEvent.class);
            TransactionSynchronizationManager.bindResource(CACHE, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CACHE);
                }
            });
            cache = fresh;
        }
        return cache.computeIfAbsent(event, this::read);
    }

    /** Drops this transaction's cache of {@link #listening}: the hooks changed. */
    private static void forget() {
        @SuppressWarnings("unchecked")
        var cache = (Map<WebhookEvent, List<Long>>) TransactionSynchronizationManager.getResource(CACHE);
        if (cache != null) {
            cache.clear();
        }
    }

    private List<Long> read(WebhookEvent event) {
        return db.select(WEBHOOK.WEBHOOK_ID)
                .from(WEBHOOK)
                .join(WEBHOOK_EVENT)
                .on(WEBHOOK_EVENT.WEBHOOK_ID.eq(WEBHOOK.WEBHOOK_ID))
                .where(WEBHOOK_EVENT.EVENT.eq(event.wireName()), WEBHOOK.ENABLED.isTrue())
                .fetch(WEBHOOK.WEBHOOK_ID);
    }
}
