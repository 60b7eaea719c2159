package app.throughline.webhook;

import static app.throughline.db.Tables.ADMIN_AUDIT;
import static app.throughline.db.Tables.WEBHOOK;
import static app.throughline.db.Tables.WEBHOOK_DELIVERY;
import static app.throughline.db.Tables.WEBHOOK_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.Persona;
import app.throughline.testing.RoleTable;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every cell of docs/roles.md, "Webhooks", against the service layer: "yes" must succeed and show
 * its effect; "no" must be refused ({@link AccessDeniedException}) and change nothing, the audit
 * included.
 */
class WebhookRolesTest extends ServiceTestBase {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Autowired
    WebhookService webhooks;

    @Autowired
    DSLContext db;

    static Stream<Arguments> cells() {
        return RoleTable.cells("Webhooks").stream();
    }

    private Map<String, Action> actions() {
        return Map.ofEntries(
                Map.entry(
                        "list-webhooks",
                        new Action(
                                () -> hook(true),
                                id -> assertThat(webhooks.webhooks())
                                        .extracting(Webhook::id)
                                        .contains(id),
                                id -> true)),
                Map.entry(
                        "register-webhook",
                        new Action(
                                () -> -1,
                                id -> assertThat(webhooks.register(
                                                        "https://publisher.example.com/hook",
                                                        EnumSet.of(WebhookEvent.PUBLISHED))
                                                .secret())
                                        .hasSize(43),
                                id -> db.fetchExists(WEBHOOK, WEBHOOK.URL.eq("https://publisher.example.com/hook")))),
                Map.entry(
                        "rotate-secret",
                        new Action(
                                () -> hook(true),
                                id -> webhooks.rotateSecret(id, 0),
                                id -> db.fetchExists(WEBHOOK, WEBHOOK.WEBHOOK_ID.eq(id), WEBHOOK.SECRET.ne("old")))),
                Map.entry(
                        "disable-webhook",
                        new Action(
                                () -> hook(true),
                                id -> webhooks.disable(id, 0),
                                id -> db.fetchExists(WEBHOOK, WEBHOOK.WEBHOOK_ID.eq(id), WEBHOOK.ENABLED.isFalse()))),
                Map.entry(
                        "enable-webhook",
                        new Action(
                                () -> hook(false),
                                id -> webhooks.enable(id, 0),
                                id -> db.fetchExists(WEBHOOK, WEBHOOK.WEBHOOK_ID.eq(id), WEBHOOK.ENABLED.isTrue()))),
                Map.entry(
                        "delete-webhook",
                        new Action(
                                () -> hook(true),
                                id -> webhooks.delete(id, 0),
                                id -> !db.fetchExists(WEBHOOK, WEBHOOK.WEBHOOK_ID.eq(id)))),
                Map.entry(
                        "list-deliveries",
                        new Action(
                                () -> failedDelivery(),
                                id -> assertThat(webhooks.recentDeliveries())
                                        .extracting(DeliveryEntry::id)
                                        .contains(id),
                                id -> true)),
                Map.entry(
                        "send-again",
                        new Action(
                                () -> failedDelivery(),
                                id -> webhooks.sendAgain(id),
                                id -> db.fetchExists(
                                        WEBHOOK_DELIVERY,
                                        WEBHOOK_DELIVERY.WEBHOOK_DELIVERY_ID.eq(id),
                                        WEBHOOK_DELIVERY.STATUS.eq("PENDING")))));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void theServiceAllowsExactlyWhatTheRoleTableSays(String action, Persona persona, boolean allowed) {
        CurrentUser me = persona.create(data);
        Action scenario = actions().get(action);
        assertThat(scenario)
                .as("a scenario for the action “%s” of docs/roles.md", action)
                .isNotNull();
        long subject = scenario.prepare().getAsLong();
        String before = snapshot();
        signIn(me);
        if (allowed) {
            scenario.run().accept(subject);
            assertThat(scenario.happened().test(subject))
                    .as("the effect of “%s”", action)
                    .isTrue();
        } else {
            assertThatThrownBy(() -> scenario.run().accept(subject)).isInstanceOf(AccessDeniedException.class);
            assertThat(snapshot()).as("nothing changed").isEqualTo(before);
        }
    }

    /** A hook registered by another admin, with the secret "old". */
    private long hook(boolean enabled) {
        long by = data.person("other.admin", Role.ADMIN).personId();
        long id = db.insertInto(WEBHOOK)
                .set(WEBHOOK.URL, "https://publisher.example.com/existing")
                .set(WEBHOOK.SECRET, "old")
                .set(WEBHOOK.ENABLED, enabled)
                .set(WEBHOOK.CREATED_BY, by)
                .set(WEBHOOK.CREATED_AT, NOW)
                .returningResult(WEBHOOK.WEBHOOK_ID)
                .fetchSingle()
                .value1();
        db.insertInto(WEBHOOK_EVENT)
                .set(WEBHOOK_EVENT.WEBHOOK_ID, id)
                .set(WEBHOOK_EVENT.EVENT, "tactic.published")
                .execute();
        return id;
    }

    private long failedDelivery() {
        var d = WEBHOOK_DELIVERY;
        return db.insertInto(d)
                .set(d.WEBHOOK_ID, hook(true))
                .set(d.EVENT, "tactic.published")
                .set(d.TACTIC_ID, 1L)
                .set(d.PAYLOAD, "{}")
                .set(d.STATUS, "FAILED")
                .set(d.ATTEMPTS, 8)
                .set(d.HTTP_STATUS, 500)
                .set(d.LAST_ERROR, "The receiver answered HTTP 500")
                .set(d.CREATED_AT, NOW)
                .returningResult(d.WEBHOOK_DELIVERY_ID)
                .fetchSingle()
                .value1();
    }

    /** The hooks, their events and deliveries, and the audit, as one comparable string. */
    private String snapshot() {
        return String.join(
                "|",
                db.selectFrom(WEBHOOK).orderBy(WEBHOOK.WEBHOOK_ID).fetch().formatCSV(),
                db.selectFrom(WEBHOOK_EVENT)
                        .orderBy(WEBHOOK_EVENT.WEBHOOK_ID, WEBHOOK_EVENT.EVENT)
                        .fetch()
                        .formatCSV(),
                db.selectFrom(WEBHOOK_DELIVERY)
                        .orderBy(WEBHOOK_DELIVERY.WEBHOOK_DELIVERY_ID)
                        .fetch()
                        .formatCSV(),
                db.selectFrom(ADMIN_AUDIT)
                        .orderBy(ADMIN_AUDIT.ADMIN_AUDIT_ID)
                        .fetch()
                        .formatCSV());
    }

    /**
     * @param prepare creates what the action works on and returns its id (or -1)
     * @param happened whether the allowed action had its effect
     */
    private record Action(LongSupplier prepare, LongConsumer run, LongPredicate happened) {}
}
