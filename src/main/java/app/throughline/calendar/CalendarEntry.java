package app.throughline.calendar;

import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.tactic.TacticStatus;
import java.time.Instant;

/**
 * One tactic as the calendar shows it.
 *
 * @param end null for a tactic that happens at a moment
 * @param objectiveId the business objective it serves, null for an unaligned idea
 */
public record CalendarEntry(
        long id,
        String title,
        String channelName,
        ChannelKind channelKind,
        String channelColour,
        Instant start,
        Instant end,
        TacticStatus status,
        Intent intent,
        Long objectiveId,
        Long campaignId,
        long ownerId,
        int version) {}
