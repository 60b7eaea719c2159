package app.throughline.calendar;

import app.throughline.calendar.CalendarPage.MoreOnDay;
import app.throughline.calendar.CalendarQuery.Drawn;
import app.throughline.security.CurrentUserProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the calendar shows for a period and filter, in the viewer's time zone: a grid's
 * few tactics a day with the count of the rest, or a list a page at a time (DD005, DD007).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CalendarService {

    private final CalendarQuery query;
    private final CurrentUserProvider currentUser;

    CalendarService(CalendarQuery query, CurrentUserProvider currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    /**
     * What a grid (month, week) draws for {@code period}: at most {@code perDay} tactics a day and
     * how many more each day holds. Two queries, whatever the size of the plan or of the period.
     */
    public CalendarPage page(CalendarPeriod period, CalendarFilter filter) {
        ZoneId zone = currentUser.get().zone();
        int perDay = period.layout().grid() ? period.layout().perDay() : CalendarPeriod.Layout.MONTH.perDay();
        List<Drawn> drawn = query.drawn(period, zone, filter, perDay);
        List<CampaignBand> bands = query.campaigns(
                period.firstDay(), period.endDay().minusDays(1), period.from(zone), period.to(zone), filter);
        var entries = new ArrayList<CalendarEntry>(drawn.size());
        Map<Integer, Integer> onDay = new TreeMap<>();
        for (Drawn d : drawn) {
            entries.add(d.entry());
            onDay.put(d.dayIndex(), d.onThatDay());
        }
        var days = period.days();
        var more = new ArrayList<MoreOnDay>();
        int total = 0;
        for (var day : onDay.entrySet()) {
            total += day.getValue();
            if (day.getValue() > perDay) {
                more.add(new MoreOnDay(days.get(day.getKey()), day.getValue() - perDay));
            }
        }
        return new CalendarPage(period, zone, entries, bands, more, total);
    }

    /** A page of the tactics of {@code period} in start order, for the lists (month or day). */
    public List<CalendarEntry> list(CalendarPeriod period, CalendarFilter filter, int offset, int limit) {
        ZoneId zone = currentUser.get().zone();
        return query.entries(period.from(zone), period.to(zone), filter, offset, limit);
    }

    /** Where {@code day} starts in the list of {@code period}: how many of its tactics come before it. */
    public int position(CalendarPeriod period, CalendarFilter filter, LocalDate day) {
        ZoneId zone = currentUser.get().zone();
        return query.count(period.from(zone), day.atStartOfDay(zone).toInstant(), filter);
    }

    /** How many tactics {@code period} holds. */
    public int count(CalendarPeriod period, CalendarFilter filter) {
        ZoneId zone = currentUser.get().zone();
        return query.count(period.from(zone), period.to(zone), filter);
    }
}
