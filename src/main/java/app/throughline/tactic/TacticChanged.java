package app.throughline.tactic;

import org.jspecify.annotations.Nullable;

/**
 * Published by {@link TacticService} inside the transaction of every save, status step and move
 * of a tactic, after the row is written: listeners run in the same transaction (so what they
 * write is kept or rolled back with the change) and must not do slow work there. The webhooks'
 * outbox is written this way (docs/design-decisions/DD020-webhooks.md).
 *
 * @param before the tactic as it was; null for a new one
 * @param after the tactic as saved (its new version)
 */
public record TacticChanged(@Nullable Tactic before, Tactic after) {}
