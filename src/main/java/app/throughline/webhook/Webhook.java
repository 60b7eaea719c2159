package app.throughline.webhook;

import java.time.Instant;
import java.util.Set;

/**
 * A registered hook as the admin page lists it; its secret is never part of it.
 *
 * @param createdBy the display name of the admin who registered it
 * @param version for optimistic locking of disable, enable, rotate and delete
 */
public record Webhook(
        long id,
        String url,
        Set<WebhookEvent> events,
        boolean enabled,
        Instant createdAt,
        String createdBy,
        int version) {}
