package app.throughline.tactic;

import app.throughline.plan.Intent;
import java.time.Duration;
import java.time.Instant;

/**
 * A tactic: the thing on the calendar (a post, a newsletter, a press release, a webinar...).
 * It hangs under a strategy, optionally through one of its campaigns; with neither it is an
 * unaligned idea.
 *
 * @param id null until saved
 * @param strategyId null for an unaligned idea
 * @param campaignId null when it hangs directly under the strategy
 * @param scheduledStart when it goes out (UTC); null while it is unscheduled
 * @param scheduledEnd when it ends, for tactics that last (a trade show); null for a moment
 * @param version the row version the editor started from (optimistic locking)
 */
public record Tactic(
        Long id,
        Long strategyId,
        Long campaignId,
        String title,
        String body,
        Long channelId,
        Instant scheduledStart,
        Instant scheduledEnd,
        TacticStatus status,
        Long ownerId,
        Long departmentId,
        Intent intent,
        InteractionMode interactionMode,
        String notes,
        int version) {

    /**
     * The longest a single tactic may run. Longer efforts are campaigns; the bound also lets the
     * calendar find tactics overlapping a range with one range scan on the start (DD005).
     */
    public static final Duration MAX_DURATION = Duration.ofDays(31);

    public boolean aligned() {
        return strategyId != null;
    }

    public Tactic withSchedule(Instant start, Instant end) {
        return new Tactic(
                id,
                strategyId,
                campaignId,
                title,
                body,
                channelId,
                start,
                end,
                status,
                ownerId,
                departmentId,
                intent,
                interactionMode,
                notes,
                version);
    }

    public Tactic withStatus(TacticStatus newStatus) {
        return new Tactic(
                id,
                strategyId,
                campaignId,
                title,
                body,
                channelId,
                scheduledStart,
                scheduledEnd,
                newStatus,
                ownerId,
                departmentId,
                intent,
                interactionMode,
                notes,
                version);
    }

    public Tactic withParent(Long newStrategyId, Long newCampaignId) {
        return new Tactic(
                id,
                newStrategyId,
                newCampaignId,
                title,
                body,
                channelId,
                scheduledStart,
                scheduledEnd,
                status,
                ownerId,
                departmentId,
                intent,
                interactionMode,
                notes,
                version);
    }

    public static Tactic blank(
            Long strategyId, Long campaignId, Long channelId, Instant start, long ownerId, Intent intent) {
        return new Tactic(
                null,
                strategyId,
                campaignId,
                "",
                null,
                channelId,
                start,
                null,
                strategyId == null ? TacticStatus.IDEA : TacticStatus.DRAFT,
                ownerId,
                null,
                intent,
                InteractionMode.BROADCAST,
                null,
                0);
    }
}
