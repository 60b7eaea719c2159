package app.throughline.webhook;

import app.throughline.audit.AdminAudit;
import app.throughline.audit.AuditAction;
import app.throughline.audit.AuditKind;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUserProvider;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's webhooks: register a URL for events (its secret shown once), give it a new secret,
 * disable, enable or delete it, and see and resend its deliveries. Admins only, on every call
 * (docs/roles.md, "Webhooks"); every change is audited in its own transaction, never with the
 * secret.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class WebhookService {

    /** How many deliveries the admin page lists. */
    public static final int RECENT = 50;

    private final WebhookRepository hooks;
    private final Outbox outbox;
    private final AdminAudit audit;
    private final CurrentUserProvider currentUser;
    private final Clock clock;
    private final WebhookProperties properties;

    WebhookService(
            WebhookRepository hooks,
            Outbox outbox,
            AdminAudit audit,
            CurrentUserProvider currentUser,
            Clock clock,
            WebhookProperties properties) {
        this.hooks = hooks;
        this.outbox = outbox;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.properties = properties;
    }

    /** Every hook, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Webhook> webhooks() {
        return hooks.all();
    }

    /** The newest {@link #RECENT} deliveries of every hook, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<DeliveryEntry> recentDeliveries() {
        return outbox.recent(RECENT);
    }

    /**
     * Registers {@code url} for {@code events}, enabled, with a new secret: returned here and never
     * again. The URL must be http(s) and, unless the app is configured otherwise, outside the
     * server's own network.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public WebhookWithSecret register(String url, Set<WebhookEvent> events) {
        URI uri = WebhookUrls.check(url, properties.allowPrivateAddresses());
        if (events.isEmpty()) {
            throw new ValidationException("events", "Choose at least one event");
        }
        String secret = Signatures.newSecret();
        long id = hooks.insert(
                uri.toString(),
                EnumSet.copyOf(events),
                secret,
                currentUser.get().personId(),
                clock.instant());
        Webhook hook = webhook(id);
        audit.record(AuditKind.WEBHOOK, id, AuditAction.CREATE, null, summary(hook));
        return new WebhookWithSecret(hook, secret);
    }

    /** Gives the hook a new secret (returned here, never again); the old one stops signing at once. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public WebhookWithSecret rotateSecret(long id, int version) {
        webhook(id);
        String secret = Signatures.newSecret();
        if (!hooks.setSecret(id, version, secret)) {
            throw ConcurrentEditException.changed("This webhook");
        }
        audit.record(AuditKind.WEBHOOK, id, AuditAction.UPDATE, "secret=earlier one", "secret=new one (shown once)");
        return new WebhookWithSecret(webhook(id), secret);
    }

    /** Stops deliveries to the hook: no new ones are written, waiting ones wait until it is enabled. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Webhook disable(long id, int version) {
        return setEnabled(id, version, false);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Webhook enable(long id, int version) {
        return setEnabled(id, version, true);
    }

    private Webhook setEnabled(long id, int version, boolean enabled) {
        Webhook before = webhook(id);
        if (!hooks.setEnabled(id, version, enabled)) {
            throw ConcurrentEditException.changed("This webhook");
        }
        Webhook after = webhook(id);
        audit.record(
                AuditKind.WEBHOOK,
                id,
                enabled ? AuditAction.ENABLE : AuditAction.DISABLE,
                summary(before),
                summary(after));
        return after;
    }

    /** Deletes the hook with its deliveries. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id, int version) {
        Webhook before = webhook(id);
        if (!hooks.delete(id, version)) {
            throw ConcurrentEditException.changed("This webhook");
        }
        audit.record(AuditKind.WEBHOOK, id, AuditAction.DELETE, summary(before), null);
    }

    /** Sends a failed delivery once more, at the next poll. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public DeliveryEntry sendAgain(long deliveryId) {
        DeliveryEntry delivery = outbox.find(deliveryId).orElseThrow(() -> new NotFoundException("This delivery"));
        if (!outbox.sendAgain(deliveryId, clock.instant())) {
            throw new ValidationException(
                    null,
                    "Only a failed delivery can be sent again; this one is "
                            + delivery.status().label().toLowerCase(java.util.Locale.ROOT));
        }
        audit.record(
                AuditKind.WEBHOOK,
                delivery.webhookId(),
                AuditAction.UPDATE,
                "delivery " + deliveryId + "=failed",
                "delivery " + deliveryId + "=sent again");
        return outbox.find(deliveryId).orElseThrow();
    }

    private Webhook webhook(long id) {
        return hooks.find(id).orElseThrow(() -> new NotFoundException("This webhook"));
    }

    private static String summary(Webhook hook) {
        return AdminAudit.summary(
                "url",
                hook.url(),
                "events",
                hook.events().stream().map(WebhookEvent::wireName).collect(Collectors.joining(" ")),
                "enabled",
                hook.enabled() ? "yes" : "no");
    }
}
