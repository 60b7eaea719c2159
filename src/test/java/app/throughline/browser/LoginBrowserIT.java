package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginBrowserIT extends BrowserTestBase {

    @Test
    void aWrongPasswordKeepsYouOnTheLoginPageWithAMessage() {
        signIn("marketer", "not-the-password");
        page.waitForURL(url -> url.contains("/login?error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
        screenshot("login-refused");
    }

    @Test
    void aStrategistSignsInAndSeesThePlanOfTheDemoCompany() {
        signInAs("strategist");
        page.navigate(url("/plan"));
        assertThat(page.locator("vaadin-grid").first()).containsText("Grow mid-market revenue");
        assertThat(page.locator("vaadin-grid").first()).containsText("Be the trusted voice for CFOs on cash flow");
        screenshot("plan-strategist");
    }

    @Test
    void signingOutEndsTheSession() {
        signInAs("executive");
        page.getByText("Sign out").click();
        page.waitForURL(url -> url.contains("/login"));
        page.navigate(url("/plan"));
        page.waitForURL(url -> url.contains("/login"));
    }
}
