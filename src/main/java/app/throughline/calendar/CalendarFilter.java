package app.throughline.calendar;

import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.tactic.TacticStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the calendar is narrowed to; every part is optional (null: no restriction). The view
 * keeps it in the URL so a filtered calendar can be shared and the back button works.
 */
public record CalendarFilter(
        @Nullable Long objectiveId,
        @Nullable Long strategyId,
        @Nullable Long campaignId,
        @Nullable Long channelId,
        @Nullable ChannelKind channelKind,
        @Nullable Long departmentId,
        @Nullable TacticStatus status,
        @Nullable Intent intent,
        @Nullable Long ownerId) {

    /** Whether a filter is about the tactics themselves rather than where they hang in the plan. */
    public boolean narrowsTactics() {
        return channelId != null || channelKind != null || departmentId != null || status != null || ownerId != null;
    }

    /** How many parts are set ("Filters (2)"). */
    public int size() {
        int n = 0;
        for (Object part : new Object[] {
            objectiveId, strategyId, campaignId, channelId, channelKind, departmentId, status, intent, ownerId
        }) {
            n += part == null ? 0 : 1;
        }
        return n;
    }

    public static final CalendarFilter NONE = new CalendarFilter(null, null, null, null, null, null, null, null, null);
}
