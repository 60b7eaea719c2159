package app.throughline.listening;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing an insight changed: a tactic or a strategy (exactly one of the two ids is set).
 *
 * @param label the tactic's title, or the strategy as "Objective › Strategy"
 * @param linkedBy who linked it (display name)
 */
public record InsightLink(
        long insightId,
        @Nullable Long tacticId,
        @Nullable Long strategyId,
        String label,
        String linkedBy,
        Instant linkedAt) {

    /** What this link points at, to unlink it. */
    public LinkTarget target() {
        return tacticId != null
                ? LinkTarget.tactic(tacticId)
                : LinkTarget.strategy(java.util.Objects.requireNonNull(strategyId));
    }
}
