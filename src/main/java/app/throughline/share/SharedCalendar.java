package app.throughline.share;

import app.throughline.calendar.CalendarFilter;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a share link opens, or why it opens nothing.
 *
 * @param zone the time zone the calendar is drawn in: its creator's
 */
public record SharedCalendar(
        State state, String label, CalendarFilter filter, boolean showBodies, LocalDate expiresOn, ZoneId zone) {

    public enum State {
        OPEN,
        EXPIRED,
        REVOKED,
        UNKNOWN
    }

    static SharedCalendar closed(State state) {
        return new SharedCalendar(state, "", CalendarFilter.NONE, false, LocalDate.EPOCH, ZoneId.of("UTC"));
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
