package app.throughline.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One delivery as the admin page lists it.
 *
 * @param attempts how many times it was sent so far
 * @param nextAttemptAt when it is sent (again); null once delivered or failed
 * @param httpStatus the receiver's answer to the last attempt; null when there was none (timeout,
 *     refused connection)
 * @param lastError why the last attempt failed; null when it did not
 */
public record DeliveryEntry(
        long id,
        long webhookId,
        String url,
        WebhookEvent event,
        long tacticId,
        DeliveryStatus status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Integer httpStatus,
        @Nullable String lastError,
        Instant createdAt) {}
