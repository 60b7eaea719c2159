package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Signing in and out, and what protects the sign-in: its CSRF token, the headers, the cookie. */
class LoginBrowserIT extends BrowserTestBase {

    @Test
    void aWrongPasswordKeepsYouOnTheLoginPageWithAMessage() throws Exception {
        signIn("marketer", "not-the-password");
        page.waitForURL(url -> url.contains("/login?error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
        assertAccessible("login-refused");
    }

    @Test
    void aStrategistSignsInAndSeesThePlanOfTheDemoCompany() throws Exception {
        signInAs("strategist");
        page.navigate(url("/plan"));
        assertThat(page.locator("vaadin-grid").first()).containsText("Grow mid-market revenue");
        assertThat(page.locator("vaadin-grid").first()).containsText("Be the trusted voice for CFOs on cash flow");
        screenshot("plan-strategist");
        assertAccessible("plan");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        signInAs("executive");
        page.getByText("Sign out").click();
        page.waitForURL(url -> url.contains("/login"));
        page.navigate(url("/plan"));
        page.waitForURL(url -> url.contains("/login"));
    }

    @Test
    void theLoginFormNeedsItsCsrfTokenSoNoOtherSiteCanSignAVisitorIn() throws Exception {
        var cookies = new CookieManager();
        var http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String loginPage =
                http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();

        var forged = http.send(
                post("/login", "username=strategist&password=throughline"), HttpResponse.BodyHandlers.discarding());
        assertThat(forged.headers().firstValue("Location").orElse("")).contains("/login?error=expired");
        assertThat(http.send(get("/plan"), HttpResponse.BodyHandlers.discarding())
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .as("not signed in by a post without the token")
                .contains("/login");

        var token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).as("the page carries the token for its form").isTrue();
        var genuine = http.send(
                post(
                        "/login",
                        "username=strategist&password=throughline&_csrf="
                                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.discarding());
        assertThat(genuine.headers().firstValue("Location").orElse("")).doesNotContain("/login");
    }

    @Test
    void pagesCarryTheHeadersThatKeepThemToThemselvesAndTheCookieStaysOnThisSite() throws Exception {
        var http = HttpClient.newBuilder().build();
        var response = http.send(get("/login"), HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Set-Cookie").orElse(""))
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");

        var redirect = http.send(get("/plan"), HttpResponse.BodyHandlers.discarding());
        assertThat(redirect.headers().firstValue("Location").orElse("")).doesNotContain("jsessionid");
    }

    @Test
    void theBrowserConsoleStaysCleanUnderTheContentSecurityPolicy() throws Exception {
        var problems = new ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") || message.text().contains("Content Security Policy")) {
                problems.add(message.text());
            }
        });
        signInAs("marketer");
        page.navigate(url("/"));
        page.locator("tl-calendar .fc-event.tactic").first().waitFor();
        page.navigate(url("/plan"));
        page.locator("vaadin-grid").first().waitFor();
        assertThat(problems).as("console errors and policy reports").isEmpty();
    }

    private HttpRequest get(String path) throws Exception {
        return HttpRequest.newBuilder(URI.create(url(path))).build();
    }

    private HttpRequest post(String path, String form) throws Exception {
        return HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }
}
