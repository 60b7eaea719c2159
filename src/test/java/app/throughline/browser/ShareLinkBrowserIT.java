package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Share links and feeds for real (issue 10): a strategist shares a filtered calendar without the
 * tactics' text, a browser with no login opens it (no menu, filtered tactics, no text), on a phone
 * too, until the strategist revokes it; a person's feed made on the profile is read over HTTP from
 * the production jar, parsed by ical4j, and answers 304 to its own ETag.
 */
class ShareLinkBrowserIT extends BrowserTestBase {

    @Test
    void aShareLinkOpensTheFilteredCalendarWithoutLoginUntilItIsRevoked() throws Exception {
        signInAs("strategist");
        page.navigate(url("/share-links"));
        assertThat(page.locator("h1")).hasText("Share links");
        page.getByLabel("For whom or what", new Page.GetByLabelOptions().setExact(true))
                .fill("Board review in the browser");
        page.getByLabel("Calendar address", new Page.GetByLabelOptions().setExact(true))
                .fill(url("/?view=month&kind=social"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create share link"))
                .click();
        Locator shown = page.locator("vaadin-text-field.token-url input");
        assertThat(shown).hasValue(java.util.regex.Pattern.compile(".*/shared/.+"));
        String link = shown.inputValue();
        screenshot("share-link-created");
        assertAccessible("share-link-created");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                .click();
        assertThat(page.locator("vaadin-grid[aria-label='Share links']")).containsText("Board review in the browser");
        screenshot("share-links");
        assertAccessible("share-links");

        try (BrowserContext visitor = separateContext(1400, 900)) {
            Page shared = visitor.newPage();
            shared.setDefaultTimeout(30_000);
            shared.navigate(link);
            assertThat(shared.locator("h1")).hasText("Board review in the browser");
            Locator tactics = shared.locator("tl-calendar .fc-event.tactic");
            tactics.first().waitFor();
            // the filter is social channels: X, LinkedIn, Instagram, nothing else
            org.assertj.core.api.Assertions.assertThat(tactics.allInnerTexts())
                    .isNotEmpty()
                    .allSatisfy(text -> org.assertj.core.api.Assertions.assertThat(text)
                            .containsAnyOf("X · ", "LinkedIn · ", "Instagram · "));
            assertThat(shared.locator("tl-calendar .fc-event.tactic", new Page.LocatorOptions().setHasText("Blog · ")))
                    .hasCount(0);
            assertThat(shared.locator("vaadin-app-layout, vaadin-side-nav")).hasCount(0);
            String first = tactics.first().innerText();
            String title = first.substring(first.indexOf(" · ") + 3).trim();
            page = shared;
            screenshot("shared-calendar");
            assertAccessible("shared-calendar");

            tactics.first().click();
            Locator dialog = shared.getByRole(AriaRole.DIALOG);
            assertThat(dialog).containsText(title);
            assertThat(shared.locator(".shared-tactic-body")).hasCount(0);
            screenshot("shared-tactic");
            assertAccessible("shared-tactic");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close"))
                    .click();

            shared.setViewportSize(390, 844);
            shared.reload();
            shared.locator("tl-calendar .fc-event").first().waitFor();
            screenshot("shared-calendar-phone");
            assertAccessible("shared-calendar-phone");
            shared.setViewportSize(1400, 900);

            page = strategistPage;
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Revoke the link for Board review in the browser"))
                    .click();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Revoke").setExact(true))
                    .click();
            // the grid keeps hidden stale rows: the notification and the empty state say it went
            assertThat(page.getByText("Revoked the link for Board review in the browser"))
                    .isVisible();

            shared.reload();
            assertThat(shared.locator("h1")).hasText("This link was revoked");
            assertThat(shared.locator("tl-calendar .fc-event")).hasCount(0);
            page = shared;
            screenshot("shared-revoked");
            assertAccessible("shared-revoked");
            page = strategistPage;
        }
    }

    private Page strategistPage;

    @org.junit.jupiter.api.BeforeEach
    void rememberPage() {
        strategistPage = page;
    }

    @Test
    void aFeedMadeOnTheProfileIsValidICalendarAndAnswers304ToItsETag() throws Exception {
        signInAs("marketer");
        page.navigate(url("/profile"));
        page.getByLabel("Feed name", new Page.GetByLabelOptions().setExact(true))
                .fill("Outlook in the browser test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create feed"))
                .click();
        Locator shown = page.locator("vaadin-text-field.token-url input");
        assertThat(shown).hasValue(java.util.regex.Pattern.compile(".*/feed/.+\\.ics"));
        String feed = shown.inputValue();
        screenshot("feed-created");
        assertAccessible("feed-created");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                .click();

        var client = HttpClient.newHttpClient();
        var response =
                client.send(HttpRequest.newBuilder(URI.create(feed)).build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> org.assertj.core.api.Assertions.assertThat(type).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        java.util.List<VEvent> events = calendar.getComponents("VEVENT");
        org.assertj.core.api.Assertions.assertThat(events).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(response.body()).containsPattern("DTSTART:\\d{8}T\\d{6}Z");
        org.assertj.core.api.Assertions.assertThat(response.body()).doesNotContainPattern("DTSTART;TZID");

        String etag = response.headers().firstValue("ETag").orElseThrow();
        var again = client.send(
                HttpRequest.newBuilder(URI.create(feed))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(again.statusCode()).isEqualTo(304);
        org.assertj.core.api.Assertions.assertThat(again.body()).isEmpty();

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Revoke the feed Outlook in the browser test"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Revoke").setExact(true))
                .click();
        assertThat(page.getByText("Revoked the feed Outlook in the browser test"))
                .isVisible();
        var gone = client.send(HttpRequest.newBuilder(URI.create(feed)).build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(gone.statusCode()).isEqualTo(404);
    }
}
