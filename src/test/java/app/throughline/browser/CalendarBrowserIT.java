package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The calendar as people use it: what only a browser shows (the grid, dragging, the keyboard, a phone). */
class CalendarBrowserIT extends BrowserTestBase {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Test
    void aMarketerSeesThisMonthAcrossChannelsAndMovesATacticByDragging() throws Exception {
        signInAs("marketer");
        page.navigate(url("/?view=month"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));

        assertThat(page.locator(".calendar-title")).hasText(MONTH.format(today));
        Locator tactics = page.locator("tl-calendar .fc-event.tactic");
        tactics.first().waitFor();
        assertThat(tactics.count()).as("this month's demo tactics").isGreaterThan(20);
        assertThat(page.locator("tl-calendar")).containsText("LinkedIn");
        assertThat(page.locator("tl-calendar")).containsText("Newsletter");
        screenshot("calendar-this-month");
        assertAccessible("calendar-month");

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
            if (LocalDate.parse(date).getDayOfWeek() != DayOfWeek.SUNDAY) {
                tactic = movable.nth(i);
                fromDate = date;
            }
        }
        assertThat(tactic != null).as("a tactic the marketer may move").isTrue();
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
    }

    @Test
    void aBusyDayShowsPlusNMoreWhichOpensTheDaysListWithEveryTactic() throws Exception {
        signInAs("marketer");
        page.navigate(url("/?view=month"));
        Locator more = page.locator("tl-calendar .fc-event.more-link");
        more.first().waitFor();
        String label = more.first().textContent().strip();
        int hidden = Integer.parseInt(label.replaceAll("\\D", ""));
        String day = more.first().getAttribute("data-event-id").substring(1);

        more.first().click();

        page.waitForURL(url -> url.contains("view=day") && url.contains("date=" + day));
        Locator rows = page.locator("vaadin-grid.tactic-list vaadin-grid-cell-content");
        assertThat(page.locator(".calendar-title"))
                .containsText(String.valueOf(LocalDate.parse(day).getDayOfMonth()));
        page.locator("vaadin-grid.tactic-list").waitFor();
        assertThat(page.locator("vaadin-grid.tactic-list").evaluate("grid => grid.size"))
                .as("the 3 drawn tactics and the %s more", hidden)
                .isEqualTo(3 + hidden);
        assertThat(rows.count()).isPositive();
        screenshot("calendar-day-list");
        assertAccessible("calendar-day");
    }

    @Test
    void theKeyboardReachesADayAndItsTactics() throws Exception {
        signInAs("marketer");
        page.navigate(url("/?view=month"));
        page.locator("tl-calendar .fc-event.tactic").first().waitFor();

        Locator dayLink = page.locator("tl-calendar a.fc-daygrid-day-number").nth(10);
        assertThat(dayLink.getAttribute("tabindex")).isEqualTo("0");
        dayLink.focus();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("view=day"));
        // back once the day is shown, as a person would: a Back pressed while the day's round trip
        // is still under way was sometimes answered with the day again (seen in CI)
        page.locator("vaadin-grid.tactic-list").waitFor();

        page.goBack();
        page.waitForURL(url -> url.contains("view=month"));
        Locator tactic =
                page.locator("tl-calendar .fc-event.tactic >> visible=true").first();
        tactic.waitFor();
        assertThat(tactic.getAttribute("tabindex")).isEqualTo("0");
        assertThat(page.locator("tl-calendar .fc-event.campaign-band[tabindex='0']")
                        .count())
                .as("campaign bands are no tab stops")
                .isZero();
        tactic.focus();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/tactics/"));
        assertThat(page.locator("h1")).isVisible();
    }

    @Test
    void weekAndListLayoutsPassTheAccessibilityCheck() throws Exception {
        signInAs("contributor");
        page.navigate(url("/?view=week"));
        page.locator("tl-calendar .fc-event.tactic").first().waitFor();
        screenshot("calendar-week");
        assertAccessible("calendar-week");
        page.navigate(url("/?view=list"));
        page.locator("vaadin-grid.tactic-list").waitFor();
        screenshot("calendar-list");
        assertAccessible("calendar-list");
    }

    @Test
    void theFiltersOpenFromOneButtonAndNarrowTheCalendar() throws Exception {
        signInAs("strategist");
        page.navigate(url("/?view=month"));
        page.locator("tl-calendar .fc-event.tactic").first().waitFor();
        BoundingBox grid = page.locator("tl-calendar").boundingBox();
        assertThat(grid.y).as("the grid starts high on the page").isLessThan(200);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters"))
                .click();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Channel kind"))
                .fill("Event");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Event"))
                .click();
        page.waitForURL(url -> url.contains("kind=event"));
        page.keyboard().press("Escape");
        assertThat(page.getByText("Filters (1)")).isVisible();
        assertThat(page.locator(".filter-chip")).containsText("Channel kind: Event");
        screenshot("calendar-filtered");
        assertAccessible("calendar-filtered");
    }

    @Test
    void anExecutiveSeesTheCalendarButCannotDragAnything() throws Exception {
        signInAs("executive");
        page.navigate(url("/?view=month"));
        page.locator("tl-calendar .fc-event.tactic").first().waitFor();
        assertThat(page.locator("tl-calendar .fc-event.tactic.fc-event-draggable")
                        .count())
                .isZero();
        assertThat(page.getByText("Plan a tactic").count()).isZero();
    }

    @Test
    void onAPhoneTheCalendarOpensAsAListWithPlanATacticInReach() throws Exception {
        page = newPage(390, 844);
        signInAs("contributor");
        page.navigate(url("/"));
        page.locator("vaadin-grid.tactic-list").waitFor();
        assertThat(page.url()).as("the list is in the URL too").contains("view=list");
        BoundingBox plan = page.getByText("Plan a tactic").boundingBox();
        assertThat(plan.x + plan.width).as("Plan a tactic fits the screen").isLessThanOrEqualTo(390);
        assertThat(page.locator("vaadin-grid.tactic-list").boundingBox().y).isLessThan(400);
        screenshot("calendar-phone");
        assertAccessible("calendar-phone");
    }

    private void dragTo(Locator source, Locator target) {
        BoundingBox from = source.boundingBox();
        BoundingBox to = target.boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse()
                .move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(to.x + to.width / 2, to.y + to.height / 2, new Mouse.MoveOptions().setSteps(20));
        page.mouse().up();
    }
}
