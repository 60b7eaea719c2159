package app.throughline.common;

import java.time.LocalDate;

/** The server-side input rules every service applies before writing; the forms mirror them. */
public final class Check {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    public static final int KPI_METRIC_MAX = 120;
    /** KPI figures are DECIMAL(19, 4): at most 15 digits before the point. */
    private static final java.math.BigDecimal KPI_LIMIT = new java.math.BigDecimal("1e15");

    private Check() {}

    /** Trims the value and refuses it when blank or longer than {@code max}. */
    public static String required(String field, String label, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(field, label + " is required");
        }
        return maxLength(field, label, trimmed, max);
    }

    /** Trims the value (null when blank) and refuses it when longer than {@code max}. */
    public static String optional(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(field, label, value.strip(), max);
    }

    private static String maxLength(String field, String label, String value, int max) {
        if (value.length() > max) {
            throw new ValidationException(field, label + " can be at most " + max + " characters");
        }
        return value;
    }

    /** A KPI figure fits the column (null is allowed: not measured yet); kept to 4 decimals. */
    public static java.math.BigDecimal kpi(String field, String label, java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.abs().compareTo(KPI_LIMIT) >= 0) {
            throw new ValidationException(field, label + " is too large");
        }
        return value.setScale(Math.min(Math.max(value.scale(), 0), 4), java.math.RoundingMode.HALF_UP);
    }

    public static <T> T present(String field, String label, T value) {
        if (value == null) {
            throw new ValidationException(field, label + " is required");
        }
        return value;
    }

    public static void period(LocalDate start, LocalDate end) {
        present("startsOn", "Start date", start);
        present("endsOn", "End date", end);
        if (end.isBefore(start)) {
            throw new ValidationException("endsOn", "The end date cannot be before the start date");
        }
    }
}
