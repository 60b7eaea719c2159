package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.throughline.ui.Formats;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each demo person reads dates their locale's way, in the real browser (DD016): the server's
 * titles and lists, and the calendar grid FullCalendar draws in the browser. The browser itself
 * asks for British English; the people's own choices win.
 */
class LocaleBrowserIT extends BrowserTestBase {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aGermanStrategistReadsTheCalendarInGerman() throws Exception {
        signInAs("strategist");
        page.navigate(url("/?view=month"));
        YearMonth month = YearMonth.from(LocalDate.now(BERLIN));

        assertThat(page.locator(".calendar-title"))
                .hasText(Formats.of(Locale.GERMANY).monthYear(month));
        assertThat(page.locator("tl-calendar .fc-col-header-cell").first()).hasText("Mo");
        page.locator("tl-calendar .fc-event.tactic").first().waitFor();
        screenshot("calendar-german");

        page.navigate(url("/?view=list"));
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions()
                                .setHasText(Pattern.compile("^[A-Z][a-z]\\., \\d{1,2}\\. .*, \\d{2}:\\d{2}$")))
                        .first())
                .isVisible();
        screenshot("calendar-list-german");
    }

    @Test
    void anAmericanMarketerReadsMonthFirstWithATwelveHourClock() throws Exception {
        signInAs("marketer");
        page.navigate(url("/?view=list"));
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions()
                                .setHasText(Pattern.compile(
                                        "^[A-Z][a-z]{2}, [A-Z][a-z]{2} \\d{1,2}, \\d{1,2}:\\d{2}\\s[AP]M$")))
                        .first())
                .isVisible();
        page.navigate(url("/?view=month"));
        assertThat(page.locator("tl-calendar .fc-col-header-cell").first()).hasText("Mon");
    }

    @Test
    void aSwedishExecutiveReadsTheDashboardInSwedish() throws Exception {
        signInAs("executive");
        page.navigate(url("/dashboard?period=month&date=" + LocalDate.now(BERLIN)));
        String title = "Dashboard · "
                + Formats.of(Locale.forLanguageTag("sv-SE")).monthYear(YearMonth.from(LocalDate.now(BERLIN)));
        assertThat(page.locator("h1")).hasText(title);
        screenshot("dashboard-swedish");
    }
}
