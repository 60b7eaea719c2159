package app.throughline.webhook;

import static app.throughline.db.Tables.ADMIN_AUDIT;
import static app.throughline.db.Tables.WEBHOOK;
import static app.throughline.db.Tables.WEBHOOK_DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's webhooks: secrets shown once and never audited, optimistic locking, disabling as a pause. */
class WebhookServiceTest extends ServiceTestBase {

    @Autowired
    WebhookService webhooks;

    @Autowired
    TacticService tactics;

    @Autowired
    Outbox outbox;

    @Autowired
    DSLContext db;

    CurrentUser ada;

    @BeforeEach
    void setUp() {
        ada = data.person("ada", Role.ADMIN);
        signIn(ada);
    }

    private String audit() {
        return db.selectFrom(ADMIN_AUDIT)
                .orderBy(ADMIN_AUDIT.ADMIN_AUDIT_ID)
                .fetch()
                .formatCSV();
    }

    @Test
    void theSecretIsReturnedOnceAndNeverAuditedOrListed() {
        WebhookWithSecret created =
                webhooks.register("https://127.0.0.1/hook", EnumSet.of(WebhookEvent.APPROVED, WebhookEvent.PUBLISHED));
        WebhookWithSecret rotated = webhooks.rotateSecret(created.webhook().id(), 0);

        assertThat(created.secret()).hasSize(43).isNotEqualTo(rotated.secret());
        assertThat(db.fetchValue(WEBHOOK.SECRET)).isEqualTo(rotated.secret());
        assertThat(audit())
                .contains("WEBHOOK", "CREATE", "url=https://127.0.0.1/hook", "tactic.approved tactic.published")
                .contains("secret=new one (shown once)")
                .doesNotContain(created.secret())
                .doesNotContain(rotated.secret());
        assertThat(webhooks.webhooks().toString()).doesNotContain(rotated.secret());
        assertThat(rotated.toString()).doesNotContain(rotated.secret());
    }

    @Test
    void aHookNeedsAnEventAndAStaleVersionIsRefused() {
        assertThatThrownBy(() -> webhooks.register("https://127.0.0.1/hook", Set.of()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("events"));
        long id = webhooks.register("https://127.0.0.1/hook", EnumSet.allOf(WebhookEvent.class))
                .webhook()
                .id();
        webhooks.disable(id, 0);
        assertThatThrownBy(() -> webhooks.enable(id, 0)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> webhooks.delete(id, 0)).isInstanceOf(ConcurrentEditException.class);
        webhooks.delete(id, 1);
        assertThat(webhooks.webhooks()).isEmpty();
    }

    @Test
    void aDisabledHookGetsNoNewDeliveriesAndItsWaitingOnesWaitUntilItIsEnabled() {
        long id = webhooks.register("https://127.0.0.1/hook", EnumSet.allOf(WebhookEvent.class))
                .webhook()
                .id();
        long strategy = data.strategy(data.objective("Grow", ada.personId()), "Voice", ada.personId());
        long channel = data.channel("Newsletter", ChannelKind.OWNED);
        long first = data.tactic(
                strategy,
                null,
                "First",
                channel,
                Instant.parse("2027-03-01T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                ada.personId());
        long second = data.tactic(
                strategy,
                null,
                "Second",
                channel,
                Instant.parse("2027-03-02T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                ada.personId());
        tactics.changeStatus(first, 0, TacticStatus.APPROVED);
        webhooks.disable(id, 0);
        tactics.changeStatus(second, 0, TacticStatus.APPROVED);

        assertThat(db.fetchCount(WEBHOOK_DELIVERY))
                .as("nothing written while disabled")
                .isEqualTo(1);
        Instant later = Instant.now().plusSeconds(1);
        assertThat(outbox.claim(10, later, later.plusSeconds(600)))
                .as("waiting")
                .isEmpty();
        webhooks.enable(id, 1);
        assertThat(outbox.claim(10, later, later.plusSeconds(600)))
                .extracting(Outbox.Claimed::event)
                .containsExactly(WebhookEvent.APPROVED);
    }
}
