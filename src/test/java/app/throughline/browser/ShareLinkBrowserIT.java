package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A read-only share link for real (issue 10): a marketer creates one on the share-links page, a
 * browser that never signed in opens it and sees the calendar with its tactics and nothing else
 * (no menu, a click shows the tactic, no text since the link hides it), also on a phone; once the
 * marketer revokes it, the same browser reads "This link was revoked" and sees no tactic.
 */
class ShareLinkBrowserIT extends BrowserTestBase {

    @Test
    void aStakeholderWithoutAnAccountSeesTheSharedCalendarUntilTheLinkIsRevoked() throws Exception {
        // the demo marketer reads US English, so the date picker takes month/day/year
        signInAs("marketer");
        page.navigate(url("/share-links"));
        page.getByLabel("For whom or what").fill("Board review");
        var until = LocalDate.now().plusDays(30);
        Locator expires = page.getByLabel("Open until");
        expires.fill(until.format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US)));
        expires.press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create share link"))
                .click();
        Locator shown = page.locator("vaadin-text-field.token-url input");
        assertThat(shown).hasValue(java.util.regex.Pattern.compile(".*/shared/.+"));
        String link = shown.inputValue();
        screenshot("share-link-created");
        assertAccessible("share-link-created");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                .click();
        assertThat(page.locator("vaadin-grid[aria-label='Share links']")).containsText("Board review");

        Page marketer = page;
        BrowserContext stranger = separateContext(1400, 900);
        try {
            page = stranger.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(link);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Board review")))
                    .isVisible();
            Locator tactics = page.locator("tl-calendar .fc-event");
            tactics.first().waitFor();
            org.assertj.core.api.Assertions.assertThat(tactics.count()).isPositive();
            // nothing of the app around it: no menu, no sign-in, no composer links
            org.assertj.core.api.Assertions.assertThat(
                            page.locator("vaadin-app-layout, vaadin-side-nav").count())
                    .isZero();
            org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("/login");
            screenshot("shared-calendar");
            assertAccessible("shared-calendar");

            page.locator("tl-calendar .fc-event.tactic >> visible=true").first().click();
            // the tactic's dialog: channel, status and time; no text, since the link hides it
            Locator close = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close"));
            assertThat(close).isVisible();
            assertThat(page.locator("p >> visible=true").filter(new Locator.FilterOptions().setHasText(" · ")))
                    .not()
                    .hasCount(0);
            org.assertj.core.api.Assertions.assertThat(
                            page.locator(".shared-tactic-body").count())
                    .isZero();
            screenshot("shared-calendar-tactic");
            assertAccessible("shared-calendar-tactic");
            close.click();
            assertThat(close).isHidden();

            page.setViewportSize(390, 844);
            page.reload();
            page.locator("tl-calendar").waitFor();
            screenshot("shared-calendar-phone");
            assertAccessible("shared-calendar-phone");

            page = marketer;
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the link for Board review"))
                    .click();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Revoke").setExact(true))
                    .click();
            // the grid keeps hidden rows with what they showed before: look at what it says now
            assertThat(page.getByText("No share links")).isVisible();

            page = stranger.pages().getFirst();
            page.reload();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This link was revoked")))
                    .isVisible();
            org.assertj.core.api.Assertions.assertThat(
                            page.locator("tl-calendar").count())
                    .isZero();
            screenshot("shared-calendar-revoked");
            assertAccessible("shared-calendar-revoked");
        } finally {
            page = marketer;
            stranger.close();
        }
    }
}
