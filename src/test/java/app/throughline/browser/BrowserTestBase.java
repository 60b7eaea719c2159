package app.throughline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Base of the real-browser tests (*BrowserIT, run by failsafe after `package`): the production
 * jar with the demo organisation, driven in headless Chromium, every page checked with axe-core.
 * Chromium comes from the machine (CHROMIUM_PATH, or /usr/bin/chromium): test tools cannot
 * download browsers here. Without one the tests fail and say how to install one, or how to skip
 * them on purpose ({@code ./mvnw verify -DskipITs}); they never pass by skipping.
 */
abstract class BrowserTestBase {

    static final Path SCREENSHOTS = Path.of("target/browser-screenshots");
    static final Path ACCESSIBILITY = Path.of("target/axe");
    /** WCAG 2.2 AA, as axe-core tags it, and axe's best practices (landmarks, heading order). */
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static @Nullable Playwright playwright;
    private static @Nullable Browser browser;

    private @Nullable BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() throws IOException {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("The browser tests need Chromium and found none at " + chromium
                    + ". Install it (Debian: apt-get install chromium) or point CHROMIUM_PATH at one; "
                    + "or skip the browser tests on purpose with ./mvnw verify -DskipITs");
        }
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(ACCESSIBILITY);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The app this test class looks at: the shared one unless a class needs its own. */
    protected ProductionApp app() throws Exception {
        return ProductionApp.shared();
    }

    @BeforeEach
    void openPage() throws Exception {
        app();
        page = newPage(1400, 900);
    }

    /** A fresh browser context (no cookies) with a page of this size, closed after the test. */
    protected Page newPage(int width, int height) {
        if (context != null) {
            context.close();
        }
        context = browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setTimezoneId("Europe/Berlin")
                        .setLocale("en-GB"));
        Page opened = context.newPage();
        opened.setDefaultTimeout(30_000);
        return opened;
    }

    /** A context of its own (its own cookies, so its own session), which the caller closes. */
    protected BrowserContext separateContext(int width, int height) {
        return browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setTimezoneId("Europe/Berlin")
                        .setLocale("en-GB"));
    }

    @AfterEach
    void closePage(TestInfo test) {
        if (page != null) {
            screenshot(test.getTestMethod().map(m -> m.getName()).orElse("page") + "-end");
        }
        if (context != null) {
            context.close();
            context = null;
        }
    }

    protected void signIn(String login, String password) throws Exception {
        signIn(page, login, password);
    }

    /**
     * Fills and sends the login form in {@code on}. Waits until the form's web component is
     * running, since typing into the page's first, not yet upgraded inputs would be lost.
     */
    protected void signIn(Page on, String login, String password) throws Exception {
        on.navigate(url("/login"));
        on.waitForFunction("() => customElements.get('vaadin-login-form') !== undefined");
        var username = on.locator("input[name=username]");
        var secret = on.locator("input[name=password]");
        for (int attempt = 0;
                attempt < 3 && !(login.equals(username.inputValue()) && password.equals(secret.inputValue()));
                attempt++) {
            username.fill(login);
            secret.fill(password);
        }
        on.locator("vaadin-button[slot=submit]").click();
    }

    protected void signInAs(String login) throws Exception {
        signIn(login, "throughline");
        page.waitForURL(url -> !url.contains("/login"));
    }

    protected String url(String path) throws Exception {
        return app().url(path);
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /**
     * Runs axe-core (WCAG 2.2 AA) on the page as it is now and fails on any serious or critical
     * violation, naming each with the elements it found; the full report goes to target/axe.
     */
    protected void assertAccessible(String pageName) throws IOException {
        var results = new AxeBuilder(page).withTags(WCAG).analyze();
        Files.writeString(
                ACCESSIBILITY.resolve(pageName + ".txt"),
                results.getViolations().stream().map(BrowserTestBase::describe).collect(Collectors.joining("\n\n")));
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious)
                .as(
                        "serious or critical accessibility violations on %s:%n%s",
                        pageName,
                        serious.stream().map(BrowserTestBase::describe).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private static String describe(Rule violation) {
        return violation.getImpact() + " " + violation.getId() + ": " + violation.getHelp() + "\n  "
                + violation.getNodes().stream()
                        .limit(5)
                        .map(node -> node.getTarget() + " " + node.getFailureSummary())
                        .collect(Collectors.joining("\n  "));
    }

    private static Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("The browser did not start");
        }
        return browser;
    }
}
