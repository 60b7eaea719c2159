package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/** The Plan in a browser: its dialogs, a double click, a phone. */
class PlanBrowserIT extends BrowserTestBase {

    @Test
    void aDoubleClickedSaveCreatesOneObjective() throws Exception {
        signInAs("strategist");
        page.navigate(url("/plan"));
        assertThat(page.locator("vaadin-grid").first().getByText("Channel mix")).isVisible();
        page.getByText("New objective").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true))
                .fill("Double-clicked objective");
        assertAccessible("plan-objective-dialog");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .dblclick();

        assertThat(page.locator("vaadin-notification-card").first()).containsText("Saved objective");
        try (var db = DriverManager.getConnection(app().jdbcUrl(), "root", "");
                var count = db.prepareStatement("select count(*) from business_objective where name = ?")) {
            count.setString(1, "Double-clicked objective");
            try (var result = count.executeQuery()) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void onAPhoneThePlanShowsNamesAndCounts() throws Exception {
        page = newPage(390, 844);
        signInAs("executive");
        page.navigate(url("/plan"));
        var grid = page.locator("vaadin-grid").first();
        assertThat(grid).containsText("Grow mid-market revenue");
        var count = grid.getByText("Tactics", new Locator.GetByTextOptions().setExact(true));
        assertThat(count).isVisible();
        assertThat(count.boundingBox().x + count.boundingBox().width)
                .as("the count is on the screen")
                .isLessThanOrEqualTo(390);
        assertThat(grid.getByText("Channel mix")).not().isVisible();
        assertThat(grid.getByText("Owner", new Locator.GetByTextOptions().setExact(true)))
                .not()
                .isVisible();
        screenshot("plan-phone");
        assertAccessible("plan-phone");
    }
}
