package app.throughline.calendar;

import java.time.Instant;
import org.jooq.Condition;

/**
 * The calendar's own conditions for other readers of the same tactics (the CSV export, DD017; the
 * iCalendar feed and share links, DD018), so that they hold exactly what the calendar shows for a
 * period and filter.
 */
public final class CalendarConditions {

    private CalendarConditions() {}

    /**
     * Tactics overlapping [from, to) that match {@code filter}. It names {@code channel} (for a
     * channel kind) and {@code marketing_strategy} (for an objective): the reading query must
     * join them to the tactic.
     */
    public static Condition shown(Instant from, Instant to, CalendarFilter filter) {
        return CalendarQuery.overlaps(from, to).and(CalendarQuery.matches(filter));
    }

    /** Tactics that match {@code filter}, whatever their date; joins as {@link #shown}. */
    public static Condition matching(CalendarFilter filter) {
        return CalendarQuery.matches(filter);
    }
}
