package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A guessed address while signed in: an answer inside the app, with the right status and a way back. */
class ErrorPagesBrowserIT extends BrowserTestBase {

    @Test
    void aGuessedAddressShowsPageNotFoundInsideTheApp() throws Exception {
        signInAs("coach");
        var response = page.navigate(url("/review-queue-not-built-yet"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page.locator("vaadin-app-layout")).containsText("Sign out");
        page.getByText("Back to the calendar").click();
        page.locator("tl-calendar").waitFor();
        screenshot("not-found-then-home");
    }

    @Test
    void theNotFoundPagePassesTheAccessibilityCheck() throws Exception {
        signInAs("marketer");
        page.navigate(url("/no-such-page"));
        assertThat(page.locator("h1")).hasText("Page not found");
        assertAccessible("not-found");
    }

    @Test
    void theIconIsThere() throws Exception {
        var http = HttpClient.newHttpClient();
        var response = http.send(
                HttpRequest.newBuilder(URI.create(url("/favicon.ico"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().length).isPositive();
    }
}
