package app.throughline.calendar;

import app.throughline.security.CurrentUserProvider;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the calendar shows for a period and filter, in the viewer's time zone. */
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

    /** Everything on screen for {@code period}: two queries, whatever the size of the plan. */
    public CalendarPage page(CalendarPeriod period, CalendarFilter filter) {
        ZoneId zone = currentUser.get().zone();
        List<CalendarEntry> entries = query.entries(period.from(zone), period.to(zone), filter);
        List<CampaignBand> bands = query.campaigns(period.firstDay(), period.endDay().minusDays(1), filter);
        return new CalendarPage(period, zone, entries, bands);
    }
}
