package app.throughline.tactic;

import app.throughline.plan.Intent;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

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
 * @param channelId null only in a form where no channel is chosen yet
 * @param intent null until saved: it then defaults to its campaign's
 * @param version the row version the editor started from (optimistic locking)
 */
public record Tactic(
        @Nullable Long id,
        @Nullable Long strategyId,
        @Nullable Long campaignId,
        String title,
        @Nullable String body,
        @Nullable Long channelId,
        @Nullable Instant scheduledStart,
        @Nullable Instant scheduledEnd,
        TacticStatus status,
        long ownerId,
        @Nullable Long departmentId,
        @Nullable Intent intent,
        @Nullable InteractionMode interactionMode,
        @Nullable String notes,
        int version) {

    /**
     * The longest a single tactic may run. Longer efforts are campaigns; the bound also lets the
     * calendar find tactics overlapping a range with one range scan on the start (DD005).
     */
    public static final Duration MAX_DURATION = Duration.ofDays(31);

    public boolean aligned() {
        return strategyId != null;
    }

    public Tactic withSchedule(@Nullable Instant start, @Nullable Instant end) {
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

    public Tactic withParent(@Nullable Long newStrategyId, @Nullable Long newCampaignId) {
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
            @Nullable Long strategyId,
            @Nullable Long campaignId,
            @Nullable Long channelId,
            @Nullable Instant start,
            long ownerId,
            @Nullable Intent intent) {
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
