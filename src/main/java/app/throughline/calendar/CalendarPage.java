package app.throughline.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What one visible period of a calendar grid holds, for a viewer in {@code zone}: the tactics
 * drawn (at most {@link CalendarPeriod.Layout#perDay()} a day), and for each day with more, how
 * many more there are.
 *
 * @param total how many tactics the period holds in all, drawn or not
 */
public record CalendarPage(
        CalendarPeriod period,
        ZoneId zone,
        List<CalendarEntry> entries,
        List<CampaignBand> bands,
        List<MoreOnDay> more,
        int total) {

    /** A day holding more tactics than are drawn: {@code hidden} more, reachable through the day's list. */
    public record MoreOnDay(LocalDate day, int hidden) {}
}
