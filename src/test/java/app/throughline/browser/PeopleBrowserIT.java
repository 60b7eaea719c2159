package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * People in a real browser (issue 9): an admin creates a person and reads their password once;
 * the person signs in with it and must choose their own before anything else; the directory
 * finds experts by topic, on a desk and on a phone.
 */
class PeopleBrowserIT extends BrowserTestBase {

    private static final String CHOSEN = "lantern orbit cascade 91";

    @Test
    void anAdminCreatesAPersonWhoSignsInWithTheShownPasswordAndMustReplaceIt() throws Exception {
        signInAs("admin");
        page.navigate(url("/admin"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New person"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Login", new Locator.GetByLabelOptions().setExact(true))
                .fill("nina.new");
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true))
                .fill("Nina Neumann");
        dialog.getByLabel("Marketer", new Locator.GetByLabelOptions().setExact(true))
                .check();
        screenshot("admin-new-person");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();

        Locator shown = page.locator("vaadin-text-field.one-time-password input");
        assertThat(shown).hasValue(Pattern.compile(".{16}"));
        String password = shown.inputValue();
        assertThat(page.getByText("It will not be shown again", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        screenshot("admin-person-password-once");
        assertAccessible("admin-person-password-once");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                .click();

        page = newPage(1400, 900);
        signIn("nina.new", password);
        page.waitForURL(Pattern.compile(".*/profile/password.*"));
        assertThat(page.locator("h1")).hasText("Change your password");
        screenshot("forced-password-change");
        assertAccessible("forced-password-change");
        page.navigate(url("/plan"));
        // nothing else opens before the change
        assertThat(page).hasURL(Pattern.compile(".*/profile/password.*"));

        page.getByLabel("Current password", new Page.GetByLabelOptions().setExact(true))
                .fill(password);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill(CHOSEN);
        page.getByLabel("Repeat the new password", new Page.GetByLabelOptions().setExact(true))
                .fill(CHOSEN);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                .click();
        page.waitForURL(url -> !url.contains("/profile/password"));
        page.navigate(url("/plan"));
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Plan")))
                .isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/plan$"));

        page = newPage(1400, 900);
        signIn("nina.new", CHOSEN);
        page.waitForURL(url -> !url.contains("/login") && !url.contains("/profile/password"));
    }

    @Test
    void theDirectoryFindsAnExpertByTopicOnADeskAndOnAPhone() throws Exception {
        signInAs("contributor");
        page.navigate(url("/people"));
        assertThat(page.locator("h1")).hasText("People");
        page.getByLabel("Search", new Page.GetByLabelOptions().setExact(false))
                .first()
                .fill("Pricing");
        // the grid keeps its rows past the end hidden, with what they showed before: only visible ones count
        Locator names = page.locator("vaadin-grid-cell-content a >> visible=true");
        // the two who know about pricing, and no one else
        assertThat(names.filter(new Locator.FilterOptions().setHasText("Aisha Okafor")))
                .hasCount(0);
        assertThat(names.filter(new Locator.FilterOptions().setHasText("Samir Haddad")))
                .hasCount(1);
        assertThat(names.filter(new Locator.FilterOptions().setHasText("Daniel Price")))
                .hasCount(1);
        screenshot("people");
        assertAccessible("people");

        page.navigate(url("/people/samir.sales"));
        assertThat(page.locator("h1")).hasText("Samir Haddad");
        screenshot("person");
        assertAccessible("person");

        page = newPage(390, 844);
        signInAs("contributor");
        page.navigate(url("/people"));
        assertThat(page.locator("h1")).hasText("People");
        screenshot("people-phone");
        page.navigate(url("/profile"));
        assertThat(page.locator("h1")).hasText("Your profile");
        screenshot("profile-phone");
        assertAccessible("profile-phone");
    }
}
