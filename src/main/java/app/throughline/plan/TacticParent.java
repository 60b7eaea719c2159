package app.throughline.plan;

import org.jspecify.annotations.Nullable;

/**
 * Where a tactic can hang: directly under a strategy, or under one of its campaigns.
 *
 * @param campaignId null when the tactic hangs directly under the strategy
 * @param path "Objective › Strategy" or "Objective › Strategy › Campaign", for pickers
 * @param intent the campaign's intent (tactics default to it), or null under a strategy
 */
public record TacticParent(
        long strategyId,
        @Nullable Long campaignId,
        String path,
        @Nullable Intent intent) {

    @Override
    public String toString() {
        return path;
    }
}
