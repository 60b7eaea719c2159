package app.throughline.alignment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The days a report covers, from {@code first} to {@code last} inclusive, and how it is cut
 * into buckets for the charts over time: weeks (Monday first, cut at the period's edges) for a
 * month, a quarter and ranges up to {@value #MAX_DAYS_IN_WEEKS} days; months otherwise.
 */
public record ReportPeriod(PeriodKind kind, LocalDate first, LocalDate last) {

    static final int MAX_DAYS_IN_WEEKS = 100;
    /** Custom ranges are capped so a page's figures stay a bounded amount of work. */
    public static final int MAX_DAYS = 5 * 366;

    public ReportPeriod {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A period ends on or after its first day");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new IllegalArgumentException("A period spans at most five years");
        }
    }

    /** The month, quarter or year around {@code day}. */
    public static ReportPeriod of(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> new ReportPeriod(kind, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> {
                LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new ReportPeriod(kind, first, first.plusMonths(3).minusDays(1));
            }
            case YEAR -> new ReportPeriod(kind, day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
            case CUSTOM -> new ReportPeriod(kind, day, day);
        };
    }

    public static ReportPeriod custom(LocalDate first, LocalDate last) {
        return new ReportPeriod(PeriodKind.CUSTOM, first, last);
    }

    public ReportPeriod previous() {
        return kind == PeriodKind.CUSTOM
                ? custom(first.minusDays(days()), first.minusDays(1))
                : of(kind, first.minusDays(1));
    }

    public ReportPeriod next() {
        return kind == PeriodKind.CUSTOM ? custom(last.plusDays(1), last.plusDays(days())) : of(kind, last.plusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** "Q4 2026", "November 2026", "2026", or "2026-11-03 – 2026-12-14". */
    public String label() {
        return switch (kind) {
            case MONTH -> first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + first.getYear();
            case QUARTER -> "Q" + first.get(IsoFields.QUARTER_OF_YEAR) + " " + first.getYear();
            case YEAR -> String.valueOf(first.getYear());
            case CUSTOM -> first + " – " + last;
        };
    }

    /** The same as {@link #label()}, in {@code locale}: "Dezember 2026", "3 nov. 2026 – 14 déc. 2026". */
    public String label(Locale locale) {
        return switch (kind) {
            case MONTH -> localized("yMMMM", locale).format(first);
            case QUARTER, YEAR -> label();
            case CUSTOM -> {
                var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .withChronology(IsoChronology.INSTANCE);
                yield day.format(first) + " – " + day.format(last);
            }
        };
    }

    /**
     * A bucket's label in {@code locale}: the week's first day ("Dec 7", "7. Dez.") or the month
     * ("Dec", "Dez.", with the year when the period spans years). Charts find a clicked bar by it.
     */
    public String label(Bucket bucket, Locale locale) {
        String skeleton = inWeeks() ? "MMMd" : first.getYear() == last.getYear() ? "MMM" : "yMMM";
        return localized(skeleton, locale).format(bucket.first());
    }

    private static DateTimeFormatter localized(String skeleton, Locale locale) {
        return DateTimeFormatter.ofLocalizedPattern(skeleton).withLocale(locale).withChronology(IsoChronology.INSTANCE);
    }

    public boolean inWeeks() {
        return days() <= MAX_DAYS_IN_WEEKS;
    }

    /** The period cut into weeks or months, in order, covering it exactly. */
    public List<Bucket> buckets() {
        var buckets = new ArrayList<Bucket>();
        LocalDate start = first;
        while (!start.isAfter(last)) {
            LocalDate end = inWeeks()
                    ? start.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    : start.with(TemporalAdjusters.firstDayOfNextMonth());
            LocalDate lastDay = end.minusDays(1).isAfter(last) ? last : end.minusDays(1);
            buckets.add(new Bucket(bucketLabel(start), start, lastDay));
            start = lastDay.plusDays(1);
        }
        return buckets;
    }

    private String bucketLabel(LocalDate start) {
        if (inWeeks()) {
            return start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + start.getDayOfMonth();
        }
        return start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                + (first.getYear() == last.getYear() ? "" : " " + start.getYear());
    }

    /** The first instant of the period in {@code zone}. */
    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in {@code zone}. */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** One bar of a chart over time: a week or a month, or the part of it inside the period. */
    public record Bucket(String label, LocalDate first, LocalDate last) {
        public Instant start(ZoneId zone) {
            return first.atStartOfDay(zone).toInstant();
        }

        public Instant end(ZoneId zone) {
            return last.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }
}
