package app.throughline.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers what is due: claims a batch in one short transaction (committed before anything is
 * sent, so no row lock is held during a request), sends each outside any transaction, and
 * records each outcome in a short transaction of its own. Called by the {@link WebhookPoller}
 * (and by tests); safe to run on several nodes at once (the claim skips locked rows, and a claimed
 * row is leased).
 */
@Component
class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Outbox outbox;
    private final Sender sender;
    private final TransactionTemplate transaction;
    private final TransactionTemplate claiming;
    private final Clock clock;
    private final WebhookProperties properties;

    Dispatcher(Outbox outbox, PlatformTransactionManager transactions, Clock clock, WebhookProperties properties) {
        this.outbox = outbox;
        this.sender = new Sender(properties);
        this.transaction = new TransactionTemplate(transactions);
        // rows the claim reads but does not take are not kept locked
        this.claiming = new TransactionTemplate(transactions);
        this.claiming.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.properties = properties;
    }

    /** Sends one batch of due deliveries; returns how many it attempted. */
    int deliverDue() {
        Instant now = clock.instant();
        List<Outbox.Claimed> claimed = claim(now);
        for (Outbox.Claimed delivery : claimed) {
            Sender.Outcome outcome = sender.send(delivery);
            record(delivery, outcome);
        }
        return claimed.size();
    }

    /** Claims a batch in a transaction of its own, committed when this returns. */
    List<Outbox.Claimed> claim(Instant now) {
        List<Outbox.Claimed> claimed =
                transaction.execute(status -> outbox.claim(properties.batchSize(), now, now.plus(properties.lease())));
        return claimed == null ? List.of() : claimed;
    }

    private void record(Outbox.Claimed delivery, Sender.Outcome outcome) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            if (outcome.delivered()) {
                outbox.delivered(delivery.id(), outcome.httpStatus() == null ? 200 : outcome.httpStatus(), now);
                return;
            }
            int attempts = delivery.attempts() + 1;
            @Nullable
            Instant next = attempts >= properties.maxAttempts() ? null : now.plus(properties.backoff(attempts));
            String error = outcome.error() == null ? "Failed" : outcome.error();
            outbox.attemptFailed(delivery.id(), outcome.httpStatus(), error, now, next);
            LOG.info(
                    "Webhook delivery {} to hook {} failed (attempt {}): {}{}",
                    delivery.id(),
                    delivery.webhookId(),
                    attempts,
                    error,
                    next == null ? "; no more attempts" : "; next at " + next);
        });
    }
}
