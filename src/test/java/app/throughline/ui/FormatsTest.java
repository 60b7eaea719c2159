package app.throughline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The same day and time read the way each of the demo's locales writes them (DD016). */
class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final LocalDateTime MORNING = LocalDateTime.of(2027, 3, 16, 9, 0);
    private static final String NARROW_SPACE = "\u202F";
    private static final String NO_BREAK_SPACE = "\u00A0";

    private static Formats in(String tag) {
        return Formats.of(Locale.forLanguageTag(tag));
    }

    @Test
    void anAmericanReadsMonthFirstWithATwelveHourClock() {
        var f = in("en-US");
        assertThat(f.date(DAY)).isEqualTo("Dec 3, 2026");
        assertThat(f.weekdayDayMonthTime(MORNING)).isEqualTo("Tue, Mar 16, 9:00" + NARROW_SPACE + "AM");
        assertThat(f.monthYear(YearMonth.of(2026, 12))).isEqualTo("December 2026");
        assertThat(f.number(12_345)).isEqualTo("12,345");
    }

    @Test
    void aGermanReadsDayFirstWithDotsAndATwentyFourHourClock() {
        var f = in("de-DE");
        assertThat(f.date(DAY)).isEqualTo("03.12.2026");
        assertThat(f.weekdayDayMonthTime(MORNING)).isEqualTo("Di., 16. März, 09:00");
        assertThat(f.monthYear(YearMonth.of(2026, 12))).isEqualTo("Dezember 2026");
        assertThat(f.number(12_345)).isEqualTo("12.345");
        assertThat(f.percent(0.42)).isEqualTo("42" + NO_BREAK_SPACE + "%");
    }

    @Test
    void britishAndSwedishReadersGetTheirOwnOrderAndWords() {
        assertThat(in("en-GB").date(DAY)).isEqualTo("3 Dec 2026");
        assertThat(in("en-GB").weekdayDayMonthTime(MORNING)).isEqualTo("Tue 16 Mar, 09:00");
        assertThat(in("sv-SE").monthYear(YearMonth.of(2026, 12))).isEqualTo("december 2026");
        assertThat(in("sv-SE").number(12_345)).isEqualTo("12" + NO_BREAK_SPACE + "345");
    }

    @Test
    void anInstantIsShownInTheViewersZoneAndFormat() {
        var instant =
                ZonedDateTime.of(2026, 12, 3, 13, 30, 0, 0, ZoneId.of("UTC")).toInstant();
        assertThat(in("de-DE").dateTime(instant, ZoneId.of("Europe/Berlin"))).isEqualTo("03.12.2026, 14:30");
        assertThat(in("en-US").dateTime(instant, ZoneId.of("America/New_York")))
                .isEqualTo("Dec 3, 2026, 8:30" + NARROW_SPACE + "AM");
    }
}
