package app.throughline.ui;

import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates, times and numbers in the viewer's locale (DD016). Every view formats through here, so a
 * German reader sees "03.12.2026, 14:30" and an American one "Dec 3, 2026, 2:30 PM" for the same
 * instant in the same zone. Patterns are CLDR skeletons resolved per locale by the JDK
 * ({@link DateTimeFormatter#ofLocalizedPattern}), never fixed strings, so the order of day and
 * month, the separators and the 12/24-hour clock are the locale's. Weeks stay ISO (Monday first)
 * by decision, whatever the locale.
 */
public final class Formats {

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter weekdayDayMonth;
    private final DateTimeFormatter fullDay;
    private final DateTimeFormatter monthYear;
    private final DateTimeFormatter dayMonth;

    private Formats(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withChronology(IsoChronology.INSTANCE);
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(locale)
                .withChronology(IsoChronology.INSTANCE);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withChronology(IsoChronology.INSTANCE);
        // Skeleton letters must come in CLDR's canonical order (y, M, E, d) or the JDK refuses them.
        this.weekdayDayMonth = skeleton("MMMEEEd", locale);
        this.fullDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .withChronology(IsoChronology.INSTANCE);
        this.monthYear = skeleton("yMMMM", locale);
        this.dayMonth = skeleton("MMMd", locale);
    }

    private static DateTimeFormatter skeleton(String skeleton, Locale locale) {
        return DateTimeFormatter.ofLocalizedPattern(skeleton).withLocale(locale).withChronology(IsoChronology.INSTANCE);
    }

    public static Formats of(Locale locale) {
        return new Formats(locale);
    }

    /** The formats of the UI being drawn (its locale is the viewer's, see {@link ViewerLocale}). */
    public static Formats current() {
        UI ui = UI.getCurrent();
        return of(ui != null ? ui.getLocale() : Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** "3 Dec 2026", "Dec 3, 2026", "03.12.2026". */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** "03/12/2026", "12/3/26", "03.12.26". */
    public String shortDate(LocalDate day) {
        return shortDate.format(day);
    }

    public String time(LocalTime at) {
        return time.format(at);
    }

    /** Date and time of an instant as seen in {@code zone}. */
    public String dateTime(Instant at, ZoneId zone) {
        return dateTime.format(at.atZone(zone));
    }

    public String dateTime(ZonedDateTime at) {
        return dateTime.format(at);
    }

    /** "Thu 3 Dec", "Thu, Dec 3", "Do., 3. Dez." */
    public String weekdayDayMonth(LocalDate day) {
        return weekdayDayMonth.format(day);
    }

    /** Weekday, day and month, then the time: "Thu 3 Dec, 14:30". */
    public String weekdayDayMonthTime(TemporalAccessor at) {
        return weekdayDayMonth.format(at) + ", " + time.format(at);
    }

    /** "Thursday, 3 December 2026", "Thursday, December 3, 2026", "Donnerstag, 3. Dezember 2026". */
    public String fullDay(LocalDate day) {
        return fullDay.format(day);
    }

    /** "December 2026", "Dezember 2026". */
    public String monthYear(YearMonth month) {
        return monthYear.format(month.atDay(1));
    }

    /** "3 Dec", "Dec 3", "3. Dez." */
    public String dayMonth(LocalDate day) {
        return dayMonth.format(day);
    }

    /** "12,345", "12.345", "12 345". */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A share between 0 and 1 as a whole percentage: "42%", "42 %". */
    public String percent(double share) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }
}
