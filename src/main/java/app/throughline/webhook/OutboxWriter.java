package app.throughline.webhook;

import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.PERSON;

import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a change of a tactic into one outbox row per enabled hook listening to each event it
 * raises, inside the change's own transaction: a save that rolls back leaves no delivery, a
 * committed one always has its deliveries. Nothing is sent here; the {@link Dispatcher} does that
 * after commit. The payload carries no copy (body) or notes: receivers outside the company get
 * what a calendar entry shows, and read more through the API with a token of their own, which the
 * role checks apply to (DD020).
 */
@Component
class OutboxWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookRepository hooks;
    private final Outbox outbox;
    private final DSLContext db;
    private final Clock clock;
    private final WebhookProperties properties;

    OutboxWriter(WebhookRepository hooks, Outbox outbox, DSLContext db, Clock clock, WebhookProperties properties) {
        this.hooks = hooks;
        this.outbox = outbox;
        this.db = db;
        this.clock = clock;
        this.properties = properties;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(TacticChanged change) {
        List<WebhookEvent> events = WebhookEvent.of(change);
        if (events.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Tactic tactic = change.after();
        long tacticId = Objects.requireNonNull(tactic.id());
        for (WebhookEvent event : events) {
            List<Long> listening = hooks.listening(event);
            if (listening.isEmpty()) {
                continue;
            }
            String payload = payload(event, now, change.before(), tactic);
            listening.forEach(hook -> outbox.add(hook, event, tacticId, payload, now));
        }
    }

    /** The JSON body (docs/webhooks.md), keys in a fixed order, instants as ISO-8601 in UTC. */
    private String payload(WebhookEvent event, Instant now, @Nullable Tactic before, Tactic tactic) {
        var body = new LinkedHashMap<String, @Nullable Object>();
        body.put("event", event.wireName());
        body.put("occurredAt", now.toString());
        var t = new LinkedHashMap<String, @Nullable Object>();
        t.put("id", tactic.id());
        t.put("title", tactic.title());
        t.put("channel", channel(tactic.channelId()));
        t.put("start", text(tactic.scheduledStart()));
        t.put("end", text(tactic.scheduledEnd()));
        t.put("status", tactic.status().name());
        t.put("version", tactic.version());
        t.put("owner", ownerLogin(tactic.ownerId()));
        t.put("link", stripSlash(properties.linkBaseUrl()) + "/tactics/" + tactic.id());
        body.put("tactic", t);
        if (event == WebhookEvent.RESCHEDULED && before != null) {
            var previous = new LinkedHashMap<String, @Nullable Object>();
            previous.put("start", text(before.scheduledStart()));
            previous.put("end", text(before.scheduledEnd()));
            body.put("previous", previous);
        }
        return JSON.writeValueAsString(body);
    }

    private static @Nullable String text(@Nullable Instant at) {
        return at == null ? null : at.toString();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private @Nullable String channel(@Nullable Long channelId) {
        return channelId == null
                ? null
                : db.select(CHANNEL.NAME)
                        .from(CHANNEL)
                        .where(CHANNEL.CHANNEL_ID.eq(channelId))
                        .fetchOne(CHANNEL.NAME);
    }

    private @Nullable String ownerLogin(long personId) {
        return db.select(PERSON.LOGIN)
                .from(PERSON)
                .where(PERSON.PERSON_ID.eq(personId))
                .fetchOne(PERSON.LOGIN);
    }
}
