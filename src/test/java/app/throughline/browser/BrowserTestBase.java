package app.throughline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Base of the real-browser tests (*BrowserIT, run by failsafe after `package`): the
 * production jar with the demo organisation, driven in headless Chromium. Chromium comes from
 * the machine (CHROMIUM_PATH or /usr/bin/chromium): test tools cannot download browsers here.
 * Without one the tests are skipped locally, and fail on CI (CI=true).
 */
abstract class BrowserTestBase {

    static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

    private static ProductionApp app;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startAppAndBrowser() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("No Chromium at " + chromium + " (set CHROMIUM_PATH)");
            }
            Assumptions.abort("No Chromium at " + chromium + "; install it (apt-get install chromium) to run the "
                    + "browser tests");
        }
        Files.createDirectories(SCREENSHOTS);
        if (app == null) {
            app = ProductionApp.start();
        }
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

    /** The app outlives single test classes (one start per test JVM) and stops with it. */
    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (app != null) {
                    app.close();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 900)
                .setTimezoneId("Europe/Berlin")
                .setLocale("en-GB"));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage(TestInfo test) {
        screenshot(test.getTestMethod().map(m -> m.getName()).orElse("page") + "-end");
        context.close();
    }

    protected void signIn(String login, String password) {
        page.navigate(app.url("/login"));
        page.locator("input[name=username]").fill(login);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
    }

    protected void signInAs(String login) {
        signIn(login, "throughline");
        page.waitForURL(url -> !url.contains("/login"));
    }

    protected String url(String path) {
        return app.url(path);
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
