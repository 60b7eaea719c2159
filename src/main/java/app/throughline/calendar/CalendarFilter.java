package app.throughline.calendar;

import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.tactic.TacticStatus;

/**
 * What the calendar is narrowed to; every part is optional (null: no restriction). The view
 * keeps it in the URL so a filtered calendar can be shared and the back button works.
 */
public record CalendarFilter(Long objectiveId, Long strategyId, Long campaignId, Long channelId,
        ChannelKind channelKind, Long departmentId, TacticStatus status, Intent intent, Long ownerId) {

    public static final CalendarFilter NONE = new CalendarFilter(null, null, null, null, null, null, null, null,
            null);
}
