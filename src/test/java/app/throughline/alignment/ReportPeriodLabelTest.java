package app.throughline.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Period and bar labels in the reader's locale; the English ones stay as they were. */
class ReportPeriodLabelTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @Test
    void aMonthIsNamedInTheReadersLanguage() {
        var december = ReportPeriod.of(PeriodKind.MONTH, LocalDate.of(2026, 12, 3));
        assertThat(december.label()).isEqualTo("December 2026");
        assertThat(december.label(Locale.GERMANY)).isEqualTo("Dezember 2026");
        assertThat(december.label(SWEDISH)).isEqualTo("december 2026");
    }

    @Test
    void weeklyBarsAreNamedByTheirFirstDayTheLocalesWay() {
        var quarter = ReportPeriod.of(PeriodKind.QUARTER, LocalDate.of(2027, 1, 1));
        var second = quarter.buckets().get(1);
        assertThat(second.first()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(quarter.label(second, Locale.ENGLISH))
                .isEqualTo(second.label())
                .isEqualTo("Jan 4");
        assertThat(quarter.label(second, Locale.GERMANY)).isEqualTo("4. Jan.");
        assertThat(quarter.label(second, SWEDISH)).isEqualTo("4 jan.");
    }

    @Test
    void aCustomPeriodShowsBothDaysInTheLocalesFormat() {
        var custom = ReportPeriod.custom(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 14));
        assertThat(custom.label(Locale.GERMANY)).isEqualTo("03.11.2026 – 14.12.2026");
        assertThat(custom.label(Locale.US)).isEqualTo("Nov 3, 2026 – Dec 14, 2026");
    }
}
