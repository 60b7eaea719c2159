package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's parts that are built, in a real browser on the demo data: the admin retires a channel
 * and the composer no longer offers it (then offers it again); the audit lists the change; a
 * marketer records an insight and plans a tactic from it. Each page checked with axe.
 */
class AdminAndListeningBrowserIT extends BrowserTestBase {

    @Test
    void anAdminRetiresAChannelAndTheComposerNoLongerOffersIt() throws Exception {
        signInAs("admin");
        page.navigate(url("/admin"));
        assertThat(page.locator("h1")).hasText("Admin");
        screenshot("admin");
        assertAccessible("admin");

        // the Newsletter carries a monthly digest: every month has tactics on it
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retire “Newsletter”"))
                .click();
        try {
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore “Newsletter”")))
                    .isVisible();

            page.navigate(url("/tactics/new"));
            Locator channel = page.getByLabel("Channel", new Page.GetByLabelOptions().setExact(true))
                    .first();
            channel.click();
            channel.fill("News");
            assertThat(page.locator("vaadin-combo-box-item >> visible=true")).hasCount(0);
            channel.fill("Linked");
            assertThat(page.locator("vaadin-combo-box-item >> visible=true").first())
                    .containsText("LinkedIn");
            page.keyboard().press("Escape");

            // its past and planned tactics keep it on the calendar
            page.navigate(url("/?view=month"));
            page.locator("tl-calendar .fc-event.tactic").first().waitFor();
            assertThat(page.locator("tl-calendar")).containsText("Newsletter");
            screenshot("calendar-retired-channel");

            page.navigate(url("/admin/audit"));
            assertThat(page.locator("vaadin-grid-cell-content")
                            .filter(new Locator.FilterOptions().setHasText("Newsletter"))
                            .first())
                    .isVisible();
            screenshot("admin-audit");
            assertAccessible("admin-audit");
        } finally {
            // leave the demo as the other browser tests expect it
            page.navigate(url("/admin"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore “Newsletter”"))
                    .click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retire “Newsletter”")))
                    .isVisible();
        }
    }

    @Test
    void aMarketerRecordsAnInsightAndPlansATacticFromIt() throws Exception {
        String heard =
                "Three customers asked whether exports work with their tax adviser's software " + System.nanoTime();
        signInAs("marketer");
        page.navigate(url("/insights"));
        assertThat(page.locator("h1")).hasText("Listening");
        assertAccessible("listening");

        page.getByLabel("What was heard", new Page.GetByLabelOptions().setExact(true))
                .first()
                .fill(heard);
        page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true))
                .first()
                .click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Question"))
                .click();
        page.getByLabel("Or another source", new Page.GetByLabelOptions().setExact(true))
                .first()
                .fill("Support calls");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Record").setExact(true))
                .click();

        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(heard));
        assertThat(row.first()).isVisible();
        screenshot("listening");
        page.locator("vaadin-grid-cell-content")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Open")))
                .first()
                .click();
        page.waitForURL(Pattern.compile(".*/insights/\\d+$"));
        assertThat(page.getByText(heard).first()).isVisible();
        assertAccessible("insight");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan a tactic from this"))
                .click();
        page.waitForURL(Pattern.compile(".*/tactics/new.*insight=\\d+.*"));
        assertThat(page.locator("vaadin-text-area")
                        .filter(new Locator.FilterOptions().setHasText("Notes"))
                        .locator("textarea"))
                .hasValue(Pattern.compile("^From what we heard: Three customers asked.*"));
    }
}
