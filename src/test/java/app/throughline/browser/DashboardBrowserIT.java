package app.throughline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser on the demo data: every chart draws pixels, another period
 * shows other figures, a click on a bar lists the tactics behind it; a phone and the dark theme.
 */
class DashboardBrowserIT extends BrowserTestBase {

    /** How many pixels of each chart's canvas are not blank. */
    private static final String DRAWN_PIXELS = """
            () => [...document.querySelectorAll('tl-chart canvas')].map(c => {
              const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let drawn = 0;
              for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) drawn++; }
              return drawn;
            })""";

    @Test
    void theExecutiveSeesEveryChartDrawnAndAnotherQuarterShowsOtherFigures() throws Exception {
        signInAs("executive");
        page.navigate(url("/dashboard"));
        assertThat(page.locator("h1")).containsText("Dashboard · Q");
        waitForCharts(6);

        @SuppressWarnings("unchecked")
        var drawn = (List<Integer>) page.evaluate(DRAWN_PIXELS);
        assertThat(drawn).hasSize(6).allSatisfy(pixels -> assertThat(pixels).isGreaterThan(2_000));
        String thisQuarter = page.locator(".tl-chart-answer").first().textContent();
        assertThat(thisQuarter).startsWith("Branding is ");
        screenshot("dashboard-executive");
        page.locator(".tl-charts")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("dashboard-charts.png")));
        assertAccessible("dashboard");

        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Previous period"))
                .click();
        page.waitForURL(u -> u.contains("period=quarter"));
        assertThat(page.locator(".tl-chart-answer").first()).not().hasText(thisQuarter);
        page.goBack();
        assertThat(page.locator(".tl-chart-answer").first()).hasText(thisQuarter);
    }

    @Test
    void aClickOnABarListsTheTacticsBehindIt() throws Exception {
        signInAs("executive");
        page.navigate(url("/dashboard"));
        waitForCharts(6);

        // the middle of the campaign bar of the busiest week, found with ECharts' own geometry
        page.locator("tl-chart").first().scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        var target = (Map<String, Object>) page.evaluate("""
                () => {
                  const chart = document.querySelector('tl-chart').chart;
                  const option = chart.getOption();
                  const campaign = option.series.find(s => s.id === 'CAMPAIGN').data;
                  let best = 0;
                  campaign.forEach((v, i) => { if (v > campaign[best]) best = i; });
                  const [x, y] = chart.convertToPixel({ seriesId: 'CAMPAIGN' }, [best, campaign[best] / 2]);
                  const box = document.querySelector('tl-chart').getBoundingClientRect();
                  return { x: box.x + x, y: box.y + y, label: option.xAxis[0].data[best], count: campaign[best] };
                }""");
        page.mouse().click(((Number) target.get("x")).doubleValue(), ((Number) target.get("y")).doubleValue());

        var heading = page.locator("#tactics-behind-title");
        assertThat(heading).hasText("Campaign · " + target.get("label") + ": " + target.get("count") + " tactics");
        var rows = page.locator(".tl-tactics-behind vaadin-grid-cell-content a");
        assertThat(rows.first()).isVisible();
        screenshot("dashboard-tactics-behind");
        assertAccessible("dashboard-tactics-behind");
    }

    @Test
    void onAPhoneAndInTheDarkTheChartsStillDraw() throws Exception {
        page = newPage(390, 844);
        signInAs("strategist");
        page.navigate(url("/dashboard"));
        waitForCharts(6);
        var first = page.locator("tl-chart").first().boundingBox();
        assertThat(first.x + first.width).as("a chart fits the phone").isLessThanOrEqualTo(390);
        screenshot("dashboard-phone");
        assertAccessible("dashboard-phone");

        page.evaluate("() => document.documentElement.setAttribute('theme', 'dark')");
        page.waitForTimeout(300);
        @SuppressWarnings("unchecked")
        var drawn = (List<Integer>) page.evaluate(DRAWN_PIXELS);
        assertThat(drawn).allSatisfy(pixels -> assertThat(pixels).isGreaterThan(2_000));
        screenshot("dashboard-dark");
        page.locator(".tl-charts")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("dashboard-charts-dark-phone.png")));
        assertAccessible("dashboard-dark");
    }

    @Test
    void theHealthTilesLinkToTheListsBehindThem() throws Exception {
        signInAs("marketer");
        page.navigate(url("/dashboard"));
        page.locator("#tile-starved").click();
        var link = page.locator(".tl-tile-details a").first();
        assertThat(link).containsText("starved: nothing planned in the next 28 days");
        link.click();
        page.waitForURL(u -> u.contains("objective="));
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.getByText("Filters (1)", new com.microsoft.playwright.Page.GetByTextOptions()))
                .isVisible();
    }

    private void waitForCharts(int count) {
        page.waitForFunction("n => [...document.querySelectorAll('tl-chart canvas')].length >= n", count);
        page.waitForTimeout(200);
        Locator charts = page.locator("tl-chart");
        assertThat(charts).hasCount(count);
    }
}
