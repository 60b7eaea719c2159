package app.throughline.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * What the calendar shows: a layout (month grid, week, list) around an anchor date, and the
 * exact days that layout puts on screen. The month grid always shows six weeks from the Monday
 * on or before the 1st, as the browser component draws it; so the server reads exactly the
 * days the person sees.
 */
public record CalendarPeriod(Layout layout, LocalDate anchor) {

    public enum Layout {
        MONTH("dayGridMonth"),
        WEEK("timeGridWeek"),
        LIST("listMonth");

        private final String fullCalendarView;

        Layout(String fullCalendarView) {
            this.fullCalendarView = fullCalendarView;
        }

        /** The name of the matching view in the browser's calendar library. */
        public String fullCalendarView() {
            return fullCalendarView;
        }
    }

    /** The first day on screen. */
    public LocalDate firstDay() {
        return switch (layout) {
            case MONTH -> anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case WEEK -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case LIST -> anchor.withDayOfMonth(1);
        };
    }

    /** The day after the last day on screen. */
    public LocalDate endDay() {
        return switch (layout) {
            case MONTH -> firstDay().plusWeeks(6);
            case WEEK -> firstDay().plusWeeks(1);
            case LIST -> anchor.withDayOfMonth(1).plusMonths(1);
        };
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
        return new CalendarPeriod(layout, layout == Layout.WEEK ? anchor.plusWeeks(1) : anchor.plusMonths(1));
    }

    public CalendarPeriod previous() {
        return new CalendarPeriod(layout, layout == Layout.WEEK ? anchor.minusWeeks(1) : anchor.minusMonths(1));
    }

    public CalendarPeriod withLayout(Layout newLayout) {
        return new CalendarPeriod(newLayout, anchor);
    }
}
