package app.throughline.webhook.ui;

import app.throughline.common.UserProblem;
import app.throughline.ui.Formats;
import app.throughline.ui.Notifications;
import app.throughline.webhook.DeliveryEntry;
import app.throughline.webhook.DeliveryStatus;
import app.throughline.webhook.Webhook;
import app.throughline.webhook.WebhookEvent;
import app.throughline.webhook.WebhookService;
import app.throughline.webhook.WebhookWithSecret;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The admin page's webhooks: register a URL for tactic events (its secret shown once), give a hook
 * a new secret, disable, enable or delete it, and the recent deliveries with their attempts and
 * errors, a failed one with "Send again" (docs/webhooks.md). The service checks every call again.
 */
public class WebhooksSection extends Composite<Section> {

    private final WebhookService webhooks;
    private final ZoneId zone;
    private final Grid<Webhook> hooks = new Grid<>();
    private final Grid<DeliveryEntry> deliveries = new Grid<>();
    private final Div problem = new Div();

    public WebhooksSection(WebhookService webhooks, ZoneId zone) {
        this.webhooks = webhooks;
        this.zone = zone;

        hooks.addColumn(Webhook::url).setHeader("Address").setFlexGrow(3);
        hooks.addColumn(h -> h.events().stream().map(WebhookEvent::label).collect(Collectors.joining(", ")))
                .setHeader("Events")
                .setFlexGrow(2);
        hooks.addColumn(h -> h.enabled() ? "yes" : "no")
                .setHeader("Enabled")
                .setAutoWidth(true)
                .setFlexGrow(0);
        hooks.addColumn(h -> when(h.createdAt()) + " · " + h.createdBy())
                .setHeader("Registered")
                .setAutoWidth(true);
        hooks.addComponentColumn(this::hookActions)
                .setHeader("Change")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        hooks.setAllRowsVisible(true);
        hooks.setSelectionMode(Grid.SelectionMode.NONE);
        hooks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        hooks.addClassName("admin-webhooks");
        hooks.setEmptyStateText("No webhook yet.");

        deliveries.addColumn(d -> when(d.createdAt())).setHeader("Raised").setAutoWidth(true);
        deliveries.addColumn(d -> d.event().wireName()).setHeader("Event").setAutoWidth(true);
        deliveries.addColumn(DeliveryEntry::url).setHeader("To").setFlexGrow(2);
        deliveries.addColumn(DeliveryEntry::tacticId).setHeader("Tactic").setAutoWidth(true);
        deliveries.addColumn(d -> d.status().label()).setHeader("Status").setAutoWidth(true);
        deliveries.addColumn(DeliveryEntry::attempts).setHeader("Attempts").setAutoWidth(true);
        deliveries
                .addColumn(d -> d.httpStatus() == null ? "" : String.valueOf(d.httpStatus()))
                .setHeader("HTTP")
                .setAutoWidth(true);
        deliveries
                .addColumn(d -> d.lastError() == null ? "" : d.lastError())
                .setHeader("Last error")
                .setFlexGrow(2);
        deliveries
                .addColumn(d -> when(d.nextAttemptAt()))
                .setHeader("Next attempt")
                .setAutoWidth(true);
        deliveries
                .addComponentColumn(this::deliveryActions)
                .setHeader("Resend")
                .setKey("resend")
                .setAutoWidth(true)
                .setFlexGrow(0);
        deliveries.setAllRowsVisible(true);
        deliveries.setSelectionMode(Grid.SelectionMode.NONE);
        deliveries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        deliveries.addClassName("admin-webhook-deliveries");
        deliveries.setEmptyStateText("Nothing sent yet.");

        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        var register = new Button("Register a webhook", VaadinIcon.PLUS.create(), e -> {
            problem.setVisible(false);
            new RegisterWebhookDialog(webhooks::register, this::registered).open();
        });
        var reload = new Button("Reload", VaadinIcon.REFRESH.create(), e -> refresh());
        var section = getContent();
        section.setWidthFull();
        section.add(
                new H2("Webhooks"),
                new Paragraph("Addresses that are told when a tactic is approved, scheduled, published, cancelled or "
                        + "rescheduled: a signed JSON POST, sent after the change is saved and retried with "
                        + "growing pauses when the receiver fails (see docs/webhooks.md)."),
                new HorizontalLayout(register, reload),
                problem,
                hooks,
                new H3("Recent deliveries"),
                deliveries);
        refresh();
    }

    private String when(@Nullable Instant at) {
        return at == null ? "" : Formats.current().dateTime(at, zone);
    }

    private Component hookActions(Webhook hook) {
        var secret = new Button("New secret", e -> confirmRotate(hook));
        secret.getElement().setAttribute("aria-label", "New secret for " + hook.url());
        var toggle = new Button(
                hook.enabled() ? "Disable" : "Enable",
                e -> act(() -> {
                    if (hook.enabled()) {
                        webhooks.disable(hook.id(), hook.version());
                    } else {
                        webhooks.enable(hook.id(), hook.version());
                    }
                }));
        toggle.getElement().setAttribute("aria-label", (hook.enabled() ? "Disable " : "Enable ") + hook.url());
        var delete = new Button("Delete", e -> confirmDelete(hook));
        delete.getElement().setAttribute("aria-label", "Delete " + hook.url());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : new Button[] {secret, toggle, delete}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(secret, toggle, delete);
    }

    private Component deliveryActions(DeliveryEntry delivery) {
        if (delivery.status() != DeliveryStatus.FAILED) {
            return new Text("");
        }
        var again = new Button(
                "Send again",
                e -> act(() -> {
                    webhooks.sendAgain(delivery.id());
                    Notifications.success("Delivery " + delivery.id() + " goes out again shortly");
                }));
        again.getElement().setAttribute("aria-label", "Send delivery " + delivery.id() + " again");
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return again;
    }

    private void confirmRotate(Webhook hook) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Give " + hook.url() + " a new secret?");
        confirm.setText("The old secret stops working at once: the receiver must be given the new one.");
        confirm.setCancelable(true);
        confirm.setConfirmText("New secret");
        confirm.addConfirmListener(e -> {
            try {
                registered(webhooks.rotateSecret(hook.id(), hook.version()));
            } catch (RuntimeException refused) {
                show(refused);
            }
        });
        confirm.open();
    }

    private void confirmDelete(Webhook hook) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Delete the webhook " + hook.url() + "?");
        confirm.setText("Its deliveries go with it; the audit keeps a record.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(() -> {
            webhooks.delete(hook.id(), hook.version());
            Notifications.success("Deleted the webhook " + hook.url());
        }));
        confirm.open();
    }

    private void registered(WebhookWithSecret created) {
        refresh();
        new SecretDialog(created).open();
    }

    private void act(Runnable action) {
        problem.setVisible(false);
        try {
            action.run();
        } catch (RuntimeException refused) {
            show(refused);
        }
        refresh();
    }

    private void show(RuntimeException refused) {
        problem.setText(UserProblem.of(refused).message());
        problem.setVisible(true);
    }

    /** Reads the hooks and deliveries again. */
    public void refresh() {
        hooks.setItems(webhooks.webhooks());
        deliveries.setItems(webhooks.recentDeliveries());
    }
}
