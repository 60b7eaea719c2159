package app.throughline.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The server-side input rules every service applies before writing; the forms mirror them.
 * Values arrive as typed (a form, an import, the API), so each rule takes a possibly missing value.
 */
public final class Check {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    public static final int KPI_METRIC_MAX = 120;
    /** KPI figures are DECIMAL(19, 4): at most 15 digits before the point. */
    private static final BigDecimal KPI_LIMIT = new BigDecimal("1e15");

    private Check() {}

    /** Trims the value and refuses it when blank or longer than {@code max}. */
    public static String required(String field, String label, @Nullable String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(field, label + " is required");
        }
        return maxLength(field, label, trimmed, max);
    }

    /** Trims the value (null when blank) and refuses it when longer than {@code max}. */
    public static @Nullable String optional(String field, String label, @Nullable String value, int max) {
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
    public static @Nullable BigDecimal kpi(String field, String label, @Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.abs().compareTo(KPI_LIMIT) >= 0) {
            throw new ValidationException(field, label + " is too large");
        }
        return value.setScale(Math.min(Math.max(value.scale(), 0), 4), RoundingMode.HALF_UP);
    }

    public static <T> T present(String field, String label, @Nullable T value) {
        if (value == null) {
            throw new ValidationException(field, label + " is required");
        }
        return value;
    }

    public static void period(@Nullable LocalDate start, @Nullable LocalDate end) {
        LocalDate from = present("startsOn", "Start date", start);
        LocalDate to = present("endsOn", "End date", end);
        if (to.isBefore(from)) {
            throw new ValidationException("endsOn", "The end date cannot be before the start date");
        }
    }
}
