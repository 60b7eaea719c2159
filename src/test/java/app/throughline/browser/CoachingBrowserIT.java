package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's walk-through in a real browser on the demo data: an untrained contributor writes a
 * LinkedIn post, ticks the policy and sends it to review; the coach finds it in the queue and
 * sends it back with a comment; the contributor reads the comment, fixes the copy and resends;
 * the coach approves; the calendar shows it approved. Markup typed into the copy stays text.
 */
class CoachingBrowserIT extends BrowserTestBase {

    private static final String XSS = "<img src=x onerror=\"window.pwned=1\">";

    @Test
    void aPostGoesToReviewIsSentBackFixedAndApproved() throws Exception {
        String title = "Weekend support, explained " + System.nanoTime();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(9);

        // the contributor writes the post
        signInAs("contributor");
        page.navigate(url("/tactics/new?date=" + day + "T10:00"));
        field("Title").fill(title);
        choose("Serves", "trusted voice");
        choose("Channel", "LinkedIn");
        copy().fill("Why we answer on Saturdays: a thread. " + XSS);
        assertThat(page.locator(".copy-preview, [class*=preview]").first()).containsText(XSS);
        assertThat(page.locator("img[src=x]")).hasCount(0);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/tactics/\\d+$"));
        Matcher id = Pattern.compile("/tactics/(\\d+)$").matcher(page.url());
        assertThat(id.find()).isTrue();
        String tacticId = id.group(1);
        tickEveryPolicyItem();
        screenshot("composer-contributor");
        assertAccessible("composer");
        step("Send to review");
        assertThat(page.getByText("In review").first()).isVisible();

        // the coach sends it back with a comment
        var coachContext = separateContext(1280, 900);
        Page coach = coachContext.newPage();
        signIn(coach, "coach", "throughline");
        coach.waitForURL(u -> !u.contains("/login"));
        coach.navigate(url("/review"));
        Locator row = coach.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row.first()).isVisible();
        coach.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("review-queue.png"))
                .setFullPage(true));
        coach.navigate(url("/tactics/" + tacticId));
        coach.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Send back").setExact(true))
                .click();
        var dialog = coach.getByRole(AriaRole.DIALOG);
        dialog.locator("textarea").fill("Please drop the markup and say which hours we answer.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send back"))
                .click();
        assertThat(coach.getByText("Please drop the markup and say which hours we answer.")
                        .first())
                .isVisible();

        // the contributor reads the comment, fixes the copy, resends
        page.reload();
        assertThat(page.getByText("Please drop the markup and say which hours we answer.")
                        .first())
                .isVisible();
        copy().fill("Why we answer on Saturdays: our support team is there 9 to 5, because questions don't wait.");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.locator("vaadin-notification-card").first()).isVisible();
        tickEveryPolicyItem();
        step("Send to review");
        assertThat(page.getByText("In review").first()).isVisible();

        // the coach approves from the queue. "In review" above may still be the first submission's
        // line in the history, so the resend may not have reached the server yet: look again, as a
        // coach would, until it is listed
        Locator waiting =
                coach.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title));
        for (int look = 0; look < 5; look++) {
            coach.navigate(url("/review"));
            try {
                waiting.first().waitFor(new Locator.WaitForOptions().setTimeout(3_000));
                break;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                // not listed yet: reload the queue
            }
        }
        assertThat(waiting.first()).isVisible();
        coach.navigate(url("/tactics/" + tacticId));
        coach.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Approve").setExact(true))
                .click();
        assertThat(coach.getByText("Approved").first()).isVisible();
        coach.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("composer-coach.png"))
                .setFullPage(true));
        coachContext.close();

        // the calendar shows it approved
        page.navigate(url("/?view=month&status=approved&date=" + day));
        Locator event = page.locator("tl-calendar [data-event-id='t" + tacticId + "']");
        assertThat(event).hasClass(Pattern.compile(".*status-approved.*"));
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void theCoachsPagesAndThePolicyPagePassTheAccessibilityCheck() throws Exception {
        signInAs("coach");
        page.navigate(url("/review"));
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Graduate"))
                        .first())
                .isVisible();
        assertAccessible("review-queue");
        assertThat(page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions()
                                        .setName("Leave a note")
                                        .setExact(false))
                        .first())
                .isVisible();
        screenshot("review-look-back");
        assertAccessible("review-look-back");
        page.navigate(url("/training"));
        assertThat(page.locator("h1")).hasText("Social-policy training");
        screenshot("training-coach");
        assertAccessible("training");

        signInAs("admin");
        page.navigate(url("/admin/policy"));
        assertThat(page.locator("h1")).hasText("Social policy");
        screenshot("policy-admin");
        assertAccessible("policy-admin");
    }

    @Test
    void onAPhoneTheSentBackDraftShowsTheCoachsCommentAndFitsTheScreen() throws Exception {
        page = newPage(390, 844);
        signInAs("contributor");
        page.navigate(url("/review"));
        assertThat(page.getByText("You may not open this").first()).isVisible();
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("sent back")))
                .first()
                .isVisible();
        page.navigate(url("/training"));
        assertThat(page.getByText("your drafts go to a coach for review", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        // the demo's sent-back draft goes out in five days
        page.navigate(url("/?view=list&status=draft&date="
                + LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(5)));
        page.getByText("Three things I tell every new customer").first().click();
        page.waitForURL(Pattern.compile(".*/tactics/\\d+$"));
        assertThat(page.getByText("sent back", new Page.GetByTextOptions().setExact(true))
                        .first())
                .isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        screenshot("composer-phone");
        assertAccessible("composer-phone");
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true))
                .first();
    }

    private Locator copy() {
        return page.locator("vaadin-text-area")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText("Copy", new Page.GetByTextOptions().setExact(true))))
                .locator("textarea")
                .first();
    }

    /** Types into a Vaadin combo box and takes the first matching item. */
    private void choose(String label, String text) {
        Locator input = field(label);
        input.click();
        input.fill(text);
        // wait for the server's filtered items (a click on the unfiltered list could leave it open
        // over the next field), then for the list to close
        page.locator("vaadin-combo-box-item >> visible=true")
                .filter(new Locator.FilterOptions().setHasText(text)) // a case-insensitive substring
                .first()
                .click();
        assertThat(input).hasAttribute("aria-expanded", "false");
    }

    private void tickEveryPolicyItem() {
        Locator boxes = page.locator("vaadin-checkbox");
        for (int i = 0; i < boxes.count(); i++) {
            Locator box = boxes.nth(i).locator("input");
            if (!box.isChecked()) {
                box.check();
            }
        }
    }

    private void step(String label) {
        Locator button = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true));
        assertThat(button).isEnabled();
        button.click();
    }
}
