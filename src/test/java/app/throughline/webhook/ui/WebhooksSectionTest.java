package app.throughline.webhook.ui;

import static app.throughline.db.Tables.WEBHOOK;
import static app.throughline.db.Tables.WEBHOOK_DELIVERY;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ViewTestBase;
import app.throughline.webhook.DeliveryEntry;
import app.throughline.webhook.Webhook;
import app.throughline.webhook.WebhookEvent;
import app.throughline.webhook.WebhookService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The webhooks section of the admin page, as an admin uses it (issue 10, "Webhooks"). */
class WebhooksSectionTest extends ViewTestBase {

    @Autowired
    WebhookService webhooks;

    @Autowired
    TacticService tactics;

    @Autowired
    DSLContext db;

    CurrentUser ada;

    @BeforeEach
    void setUp() {
        ada = data.person("ada", Role.ADMIN);
    }

    @Test
    void registeringShowsTheSecretOnceAndListsTheHookWithoutIt() {
        signIn(ada);
        open("admin");

        _click(_get(Button.class, spec -> spec.withText("Register a webhook")));
        var dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Address")), "https://127.0.0.1/hooks/tl");
        @SuppressWarnings("unchecked")
        CheckboxGroup<WebhookEvent> events = _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Events"));
        _setValue(events, Set.of(WebhookEvent.APPROVED, WebhookEvent.PUBLISHED));
        _click(_get(dialog, Button.class, spec -> spec.withText("Register")));

        String stored = db.select(WEBHOOK.SECRET).from(WEBHOOK).fetchSingle(WEBHOOK.SECRET);
        var shown = _get(TextField.class, spec -> spec.withLabel("Secret for https://127.0.0.1/hooks/tl"));
        assertThat(shown.getValue()).isEqualTo(stored).hasSize(43);
        assertThat(shown.isReadOnly()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Done")));

        assertThat(_find(TextField.class, spec -> spec.withValue(stored))).isEmpty();
        assertThat(GridKt._getFormattedRow(hooks(), 0))
                .contains("https://127.0.0.1/hooks/tl", "Tactic approved, Tactic published", "yes")
                .doesNotContain(stored);
        open("profile");
        open("admin");
        assertThat(_find(TextField.class, spec -> spec.withValue(stored)))
                .as("never shown again")
                .isEmpty();
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedNextToTheField() {
        signIn(ada);
        open("admin");

        _click(_get(Button.class, spec -> spec.withText("Register a webhook")));
        var dialog = _get(Dialog.class);
        var address = _get(dialog, TextField.class, spec -> spec.withLabel("Address"));
        _setValue(address, "ftp://files.example.com/drop");
        _click(_get(dialog, Button.class, spec -> spec.withText("Register")));

        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("The address must start with https:// (or http://)");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(db.fetchCount(WEBHOOK)).isZero();
    }

    @Test
    void theDeliveriesAreListedAndAFailedOneCanBeSentAgain() {
        signIn(ada);
        Webhook hook = webhooks.register("https://127.0.0.1/hook", EnumSet.allOf(WebhookEvent.class))
                .webhook();
        long strategy = data.strategy(data.objective("Grow", ada.personId()), "Voice", ada.personId());
        long tactic = data.tactic(
                strategy,
                null,
                "Launch",
                data.channel("Newsletter", ChannelKind.OWNED),
                Instant.parse("2027-03-01T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                ada.personId());
        tactics.changeStatus(tactic, 0, TacticStatus.APPROVED);
        long failed = db.insertInto(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.WEBHOOK_ID, hook.id())
                .set(WEBHOOK_DELIVERY.EVENT, "tactic.published")
                .set(WEBHOOK_DELIVERY.TACTIC_ID, tactic)
                .set(WEBHOOK_DELIVERY.PAYLOAD, "{}")
                .set(WEBHOOK_DELIVERY.STATUS, "FAILED")
                .set(WEBHOOK_DELIVERY.ATTEMPTS, 8)
                .set(WEBHOOK_DELIVERY.HTTP_STATUS, 502)
                .set(WEBHOOK_DELIVERY.LAST_ERROR, "The receiver answered HTTP 502")
                .set(WEBHOOK_DELIVERY.CREATED_AT, Instant.now().plusSeconds(60))
                .returningResult(WEBHOOK_DELIVERY.WEBHOOK_DELIVERY_ID)
                .fetchSingle()
                .value1();
        open("admin");

        var grid = deliveries();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("tactic.published", "Failed", "8", "502", "The receiver answered HTTP 502");
        assertThat(GridKt._getFormattedRow(grid, 1))
                .contains("tactic.approved", "https://127.0.0.1/hook", String.valueOf(tactic), "Waiting", "0");
        assertThat(_find(GridKt._getCellComponent(grid, 1, "resend"), Button.class))
                .as("only a failed delivery is sent again")
                .isEmpty();

        _click(_get(GridKt._getCellComponent(grid, 0, "resend"), Button.class, spec -> spec.withText("Send again")));

        NotificationsKt.expectNotifications("Delivery " + failed + " goes out again shortly");
        assertThat(GridKt._getFormattedRow(deliveries(), 0)).contains("tactic.published", "Waiting");
        assertThat(webhooks.recentDeliveries()).extracting(DeliveryEntry::id).contains(failed);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Webhook> hooks() {
        return _get(Grid.class, spec -> spec.withClasses("admin-webhooks"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DeliveryEntry> deliveries() {
        return _get(Grid.class, spec -> spec.withClasses("admin-webhook-deliveries"));
    }
}
