package app.throughline.api;

import app.throughline.calendar.CalendarEntry;
import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.tactic.TacticStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A tactic as the list of a period shows it (as the calendar does: no copy; GET the tactic for that). */
record TacticSummaryJson(
        long id,
        String title,
        String channelName,
        ChannelKind channelKind,
        Instant start,
        @Nullable Instant end,
        TacticStatus status,
        Intent intent,
        @Nullable Long objectiveId,
        @Nullable Long campaignId,
        long ownerId,
        int version) {

    static TacticSummaryJson of(CalendarEntry e) {
        return new TacticSummaryJson(
                e.id(),
                e.title(),
                e.channelName(),
                e.channelKind(),
                e.start(),
                e.end(),
                e.status(),
                e.intent(),
                e.objectiveId(),
                e.campaignId(),
                e.ownerId(),
                e.version());
    }

    /**
     * One page of the tactics of a period.
     *
     * @param from the period's first instant (the start of its first day in the token owner's zone)
     * @param to the instant after it
     * @param total how many tactics the period holds with these filters
     */
    record Page(Instant from, Instant to, String zone, int page, int size, int total, List<TacticSummaryJson> items) {}
}
