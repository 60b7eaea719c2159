package app.throughline.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the calendar shows: a layout (month grid, week, list of a month, list of a day) around
 * an anchor date, and the exact days that layout puts on screen. The month grid always shows six
 * weeks from the Monday on or before the 1st, as the browser component draws it; so the server
 * reads exactly the days the person sees.
 */
public record CalendarPeriod(Layout layout, LocalDate anchor) {

    /** How the period is laid out. The grids draw a few tactics a day; the lists page through all of them. */
    public enum Layout {
        MONTH("dayGridMonth", 3),
        WEEK("timeGridWeek", 12),
        LIST(null, 0),
        DAY(null, 0);

        private final @Nullable String fullCalendarView;
        private final int perDay;

        Layout(@Nullable String fullCalendarView, int perDay) {
            this.fullCalendarView = fullCalendarView;
            this.perDay = perDay;
        }

        /** The matching view of the browser's calendar library; null for the lists, which are grids of rows. */
        public @Nullable String fullCalendarView() {
            return fullCalendarView;
        }

        /** Whether this layout is a calendar grid (bounded per day) rather than a list (paged). */
        public boolean grid() {
            return fullCalendarView != null;
        }

        /**
         * At most this many tactics a day are drawn in a grid; the rest of the day is a "+N more"
         * that opens the day's list (DD007). Zero for the lists, which hold everything.
         */
        public int perDay() {
            return perDay;
        }
    }

    /** The first day on screen. */
    public LocalDate firstDay() {
        return switch (layout) {
            case MONTH -> anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case WEEK -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case LIST -> anchor.withDayOfMonth(1);
            case DAY -> anchor;
        };
    }

    /** The day after the last day on screen. */
    public LocalDate endDay() {
        return switch (layout) {
            case MONTH -> firstDay().plusWeeks(6);
            case WEEK -> firstDay().plusWeeks(1);
            case LIST -> anchor.withDayOfMonth(1).plusMonths(1);
            case DAY -> anchor.plusDays(1);
        };
    }

    /** Every day on screen, in order. */
    public List<LocalDate> days() {
        var days = new ArrayList<LocalDate>();
        for (LocalDate day = firstDay(); day.isBefore(endDay()); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** The start of the first day on screen, for a viewer in {@code zone}. */
    public Instant from(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** The start of the day after the last one on screen, for a viewer in {@code zone}. */
    public Instant to(ZoneId zone) {
        return endDay().atStartOfDay(zone).toInstant();
    }

    public CalendarPeriod next() {
        return new CalendarPeriod(
                layout,
                switch (layout) {
                    case WEEK -> anchor.plusWeeks(1);
                    case DAY -> anchor.plusDays(1);
                    default -> anchor.plusMonths(1);
                });
    }

    public CalendarPeriod previous() {
        return new CalendarPeriod(
                layout,
                switch (layout) {
                    case WEEK -> anchor.minusWeeks(1);
                    case DAY -> anchor.minusDays(1);
                    default -> anchor.minusMonths(1);
                });
    }

    public CalendarPeriod withLayout(Layout newLayout) {
        return new CalendarPeriod(newLayout, anchor);
    }
}
