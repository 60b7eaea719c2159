package app.throughline.alignment;

import java.util.Locale;

/** How a report period is chosen: a calendar month, quarter, year, or any range of days. */
public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR,
    CUSTOM;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
