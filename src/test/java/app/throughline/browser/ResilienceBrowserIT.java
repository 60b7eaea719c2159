package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What goes wrong around the app: password guessing, a person who walks away, the database going
 * down and coming back. On an instance of its own (its database is stopped on purpose), with a
 * 20-second idle timeout so the sign-out can be seen.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceBrowserIT extends BrowserTestBase {

    private static ProductionApp own;

    @Override
    protected ProductionApp app() throws Exception {
        if (own == null) {
            own = ProductionApp.start(
                    "resilience", List.of("--throughline.idle-timeout=20s", "--vaadin.heartbeatInterval=5"));
        }
        return own;
    }

    @AfterAll
    static void stopOwnApp() throws InterruptedException {
        if (own != null) {
            own.close();
            own = null;
        }
    }

    @Test
    @Order(1)
    void guessingAPasswordLocksTheLoginWithoutSayingWhetherItExists() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("dev.rel", "guess-" + i);
            page.waitForURL(url -> url.contains("/login?error"));
        }
        signIn("dev.rel", "throughline");
        page.waitForURL(url -> url.contains("/login?error=locked"));
        assertThat(page.locator("vaadin-login-form")).containsText("Too many failed sign-ins");

        for (int i = 0; i < 5; i++) {
            signIn("nobody-by-this-name", "guess-" + i);
            page.waitForURL(url -> url.contains("/login?error"));
        }
        signIn("nobody-by-this-name", "guess");
        page.waitForURL(url -> url.contains("/login?error=locked"));
        screenshot("login-locked");
        assertAccessible("login-locked");
    }

    @Test
    @Order(2)
    void anIdlePersonIsSignedOutAlthoughTheTabStaysOpen() throws Exception {
        signInAs("marketer");
        page.navigate(url("/plan"));
        page.locator("vaadin-grid").first().waitFor();

        // the open tab keeps sending heartbeats every 5 s; the person does nothing for longer than 20 s
        page.waitForTimeout(30_000);
        page.navigate(url("/plan"));

        page.waitForURL(url -> url.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    @Order(3)
    void whenTheDatabaseGoesDownPeopleAreToldAndTheAppRecoversByItself() throws Exception {
        signInAs("marketer");
        page.navigate(url("/?view=month"));
        page.locator("tl-calendar .fc-event.tactic").first().waitFor();

        app().stopDatabase();
        Instant clicked = Instant.now();
        page.getByLabel("Next").click();
        assertThat(page.locator("h1")).hasText("The service is unavailable");
        assertThat(Duration.between(clicked, Instant.now()))
                .as("told within seconds")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(page.locator("body")).not().containsText("Exception");
        screenshot("database-down-page");

        var other = newPage(1400, 900);
        signIn(other, "strategist", "throughline");
        other.waitForURL(url -> url.contains("/login?error=unavailable"));
        assertThat(other.locator("vaadin-login-form")).containsText("The service is unavailable");
        page = other;
        screenshot("database-down-login");

        app().startDatabase();
        Instant restarted = Instant.now();
        boolean back = false;
        while (!back && Duration.between(restarted, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
            signIn(other, "strategist", "throughline");
            other.waitForURL(url -> !url.endsWith("/login"));
            back = !other.url().contains("/login");
        }
        assertThat(back).as("signed in again after the database came back").isTrue();
        other.navigate(url("/plan"));
        assertThat(other.locator("vaadin-grid").first()).containsText("Grow mid-market revenue");
    }
}
