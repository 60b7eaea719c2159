package app.throughline.calendar;

import java.time.ZoneId;
import java.util.List;

/** What one visible period of the calendar holds, for a viewer in {@code zone}. */
public record CalendarPage(CalendarPeriod period, ZoneId zone, List<CalendarEntry> entries,
        List<CampaignBand> bands) {
}
