/**
 * Webhooks (issue 10): the URLs an admin registers for tactic events, the outbox written in the
 * tactic's own transaction ({@link app.throughline.webhook.OutboxWriter}), and the poller that
 * delivers it after commit, signed, with retries (docs/design-decisions/DD020-webhooks.md,
 * docs/webhooks.md).
 */
@NullMarked
package app.throughline.webhook;

import org.jspecify.annotations.NullMarked;
