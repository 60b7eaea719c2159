package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarBrowserIT extends BrowserTestBase {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Test
    void aMarketerSeesThisMonthAcrossChannelsAndMovesATacticByDragging() {
        signInAs("marketer");
        page.navigate(url("/"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));

        assertThat(page.locator(".calendar-title")).hasText(MONTH.format(today));
        Locator tactics = page.locator("tl-calendar .fc-event.tactic");
        tactics.first().waitFor();
        assertThat(tactics.count()).as("this month's demo tactics").isGreaterThan(20);
        assertThat(page.locator("tl-calendar")).containsText("LinkedIn");
        assertThat(page.locator("tl-calendar")).containsText("Newsletter");
        screenshot("calendar-this-month");

        page.getByLabel("Next").click();
        assertThat(page.locator(".calendar-title")).hasText(MONTH.format(today.plusMonths(1)));
        page.waitForURL(url -> url.contains("date=" + today.plusMonths(1)));
        page.locator("tl-calendar .fc-event.tactic").first().waitFor();
        screenshot("calendar-next-month");

        // a draggable tactic not on a Sunday, moved to the next day of the same week row
        Locator movable = page.locator("tl-calendar td[data-date] .fc-event.tactic.fc-event-draggable >> visible=true");
        Locator tactic = null;
        String fromDate = null;
        for (int i = 0; i < movable.count() && tactic == null; i++) {
            String date =
                    movable.nth(i).locator("xpath=ancestor::td[@data-date]").getAttribute("data-date");
            if (LocalDate.parse(date).getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
                tactic = movable.nth(i);
                fromDate = date;
            }
        }
        org.assertj.core.api.Assertions.assertThat((Object) tactic)
                .as("a tactic the marketer may move")
                .isNotNull();
        String eventId = tactic.getAttribute("data-event-id");
        String toDate = LocalDate.parse(fromDate).plusDays(1).toString();
        tactic.scrollIntoViewIfNeeded();
        dragTo(tactic, page.locator("tl-calendar td[data-date='" + toDate + "'] .fc-daygrid-day-frame"));

        assertThat(page.locator("vaadin-notification-card").first()).containsText("Moved");
        screenshot("calendar-after-drag");

        page.reload();
        Locator moved = page.locator("tl-calendar [data-event-id='" + eventId + "']");
        moved.first().waitFor();
        assertThat(moved.first().locator("xpath=ancestor::td[@data-date]").getAttribute("data-date"))
                .as("after a reload the tactic is still on the day it was dropped on")
                .isEqualTo(toDate);
        screenshot("calendar-after-reload");
    }

    @Test
    void anExecutiveSeesTheCalendarButCannotDragAnything() {
        signInAs("executive");
        page.navigate(url("/"));
        page.locator("tl-calendar .fc-event.tactic").first().waitFor();
        assertThat(page.locator("tl-calendar .fc-event.tactic.fc-event-draggable")
                        .count())
                .isZero();
    }

    private void dragTo(Locator source, Locator target) {
        BoundingBox from = source.boundingBox();
        BoundingBox to = target.boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse()
                .move(
                        from.x + from.width / 2 + 5,
                        from.y + from.height / 2 + 5,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse()
                .move(
                        to.x + to.width / 2,
                        to.y + to.height / 2,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(20));
        page.mouse().up();
    }
}
