package app.throughline.webhook;

import static app.throughline.db.Tables.WEBHOOK_DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.common.SubmissionKey;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which changes of a tactic write which deliveries, and what the payload says: written in the
 * change's transaction (each test's, rolled back at its end), one row per listening hook.
 */
class OutboxWriterTest extends ServiceTestBase {

    static final Instant MONDAY_NINE = Instant.parse("2027-03-01T09:00:00Z");

    @Autowired
    WebhookService webhooks;

    @Autowired
    TacticService tactics;

    @Autowired
    DSLContext db;

    CurrentUser ada;
    CurrentUser max;
    long strategy;
    long newsletter;

    @BeforeEach
    void setUp() {
        ada = data.person("ada", Role.ADMIN);
        max = data.person("max", Role.MARKETER);
        strategy = data.strategy(data.objective("Grow", max.personId()), "Voice", max.personId());
        newsletter = data.channel("Newsletter", ChannelKind.OWNED);
    }

    private long hook(Set<WebhookEvent> events) {
        signIn(ada);
        long id = webhooks.register("https://127.0.0.1/hook", events).webhook().id();
        signIn(max);
        return id;
    }

    private long draft(String title) {
        return data.tactic(strategy, null, title, newsletter, MONDAY_NINE, null, TacticStatus.DRAFT, max.personId());
    }

    /** The events written, in order. */
    private List<String> events() {
        return db.select(WEBHOOK_DELIVERY.EVENT)
                .from(WEBHOOK_DELIVERY)
                .orderBy(WEBHOOK_DELIVERY.WEBHOOK_DELIVERY_ID)
                .fetch(WEBHOOK_DELIVERY.EVENT);
    }

    @Test
    void approvingSchedulingPublishingCancellingAndReschedulingEachWriteTheirEvent() {
        hook(EnumSet.allOf(WebhookEvent.class));
        long launch = draft("Spring launch");
        Tactic approved = tactics.changeStatus(launch, 0, TacticStatus.APPROVED);
        Tactic moved = tactics.reschedule(launch, approved.version(), MONDAY_NINE.plusSeconds(86_400));
        Tactic scheduled = tactics.changeStatus(launch, moved.version(), TacticStatus.SCHEDULED);
        tactics.changeStatus(launch, scheduled.version(), TacticStatus.PUBLISHED);
        long dropped = draft("Dropped");
        tactics.changeStatus(dropped, 0, TacticStatus.CANCELLED);

        assertThat(events())
                .containsExactly(
                        "tactic.approved",
                        "tactic.rescheduled",
                        "tactic.scheduled",
                        "tactic.published",
                        "tactic.cancelled");
        assertThat(db.fetchCount(WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.STATUS.eq("PENDING")))
                .as("nothing is sent in the save: every row waits for the poller")
                .isEqualTo(5);
    }

    @Test
    void aNewTacticSavedAsApprovedWritesTheApprovedEvent() {
        hook(EnumSet.allOf(WebhookEvent.class));
        tactics.save(
                new Tactic(
                        null,
                        strategy,
                        null,
                        "Fixed already",
                        "Not in the payload",
                        newsletter,
                        MONDAY_NINE,
                        null,
                        TacticStatus.APPROVED,
                        max.personId(),
                        null,
                        null,
                        null,
                        null,
                        0),
                SubmissionKey.random());
        assertThat(events()).containsExactly("tactic.approved");
    }

    @Test
    void draftsMovingOnTheCalendarAndOtherStepsWriteNothing() {
        hook(EnumSet.allOf(WebhookEvent.class));
        long draft = draft("Still a draft");
        Tactic moved = tactics.reschedule(draft, 0, MONDAY_NINE.plusSeconds(3600));
        tactics.changeStatus(draft, moved.version(), TacticStatus.IN_REVIEW);
        assertThat(events()).isEmpty();
    }

    @Test
    void eachHookGetsOnlyItsEventsAndADisabledHookNone() {
        long publishedOnly = hook(EnumSet.of(WebhookEvent.PUBLISHED));
        long everything = hook(EnumSet.allOf(WebhookEvent.class));
        long disabled = hook(EnumSet.allOf(WebhookEvent.class));
        signIn(ada);
        webhooks.disable(disabled, 0);
        signIn(max);

        long launch = draft("Launch");
        Tactic approved = tactics.changeStatus(launch, 0, TacticStatus.APPROVED);
        tactics.changeStatus(launch, approved.version(), TacticStatus.PUBLISHED);

        var rows = db.select(WEBHOOK_DELIVERY.WEBHOOK_ID, WEBHOOK_DELIVERY.EVENT)
                .from(WEBHOOK_DELIVERY)
                .orderBy(WEBHOOK_DELIVERY.WEBHOOK_DELIVERY_ID)
                .fetch(r -> r.value1() + " " + r.value2());
        assertThat(rows)
                .containsExactlyInAnyOrder(
                        everything + " tactic.approved",
                        publishedOnly + " tactic.published",
                        everything + " tactic.published");
    }

    @Test
    void thePayloadSaysWhatACalendarEntryShowsAndNoCopy() {
        hook(EnumSet.allOf(WebhookEvent.class));
        long launch = draft("Spring “launch” 🚀");
        Tactic approved = tactics.changeStatus(launch, 0, TacticStatus.APPROVED);
        tactics.reschedule(launch, approved.version(), MONDAY_NINE.plusSeconds(7200));

        List<String> payloads = db.select(WEBHOOK_DELIVERY.PAYLOAD)
                .from(WEBHOOK_DELIVERY)
                .orderBy(WEBHOOK_DELIVERY.WEBHOOK_DELIVERY_ID)
                .fetch(WEBHOOK_DELIVERY.PAYLOAD);
        JsonNode first = JsonMapper.builder().build().readTree(payloads.get(0));
        assertThat(first.get("event").asString()).isEqualTo("tactic.approved");
        assertThat(Instant.parse(first.get("occurredAt").asString())).isNotNull();
        JsonNode tactic = first.get("tactic");
        assertThat(tactic.get("id").asLong()).isEqualTo(launch);
        assertThat(tactic.get("title").asString()).isEqualTo("Spring “launch” 🚀");
        assertThat(tactic.get("channel").asString()).isEqualTo("Newsletter");
        assertThat(tactic.get("start").asString()).isEqualTo("2027-03-01T09:00:00Z");
        assertThat(tactic.get("end").isNull()).isTrue();
        assertThat(tactic.get("status").asString()).isEqualTo("APPROVED");
        assertThat(tactic.get("version").asInt()).isEqualTo(approved.version());
        assertThat(tactic.get("owner").asString()).isEqualTo("max");
        assertThat(tactic.get("link").asString()).isEqualTo("http://localhost:8080/tactics/" + launch);
        assertThat(tactic.has("body")).isFalse();
        assertThat(first.has("previous")).isFalse();

        JsonNode moved = JsonMapper.builder().build().readTree(payloads.get(1));
        assertThat(moved.get("event").asString()).isEqualTo("tactic.rescheduled");
        assertThat(moved.get("tactic").get("start").asString()).isEqualTo("2027-03-01T11:00:00Z");
        assertThat(moved.get("previous").get("start").asString()).isEqualTo("2027-03-01T09:00:00Z");
    }
}
