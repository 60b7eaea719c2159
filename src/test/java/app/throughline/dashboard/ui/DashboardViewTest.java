package app.throughline.dashboard.ui;

import static app.throughline.plan.Intent.BRANDING;
import static app.throughline.plan.Intent.CAMPAIGN;
import static app.throughline.tactic.InteractionMode.BROADCAST;
import static app.throughline.tactic.InteractionMode.CONVERSATION;
import static app.throughline.tactic.TacticStatus.IDEA;
import static app.throughline.tactic.TacticStatus.SCHEDULED;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.listening.InsightKind;
import app.throughline.people.Department;
import app.throughline.security.Role;
import app.throughline.testing.SentToBrowser;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dashboard as its users meet it, without a browser: the period and filters come from the
 * URL and go back into it, a click on a bar lists exactly the tactics it counts, and no role finds
 * a control that changes data.
 */
class DashboardViewTest extends ViewTestBase {

    long owner;
    long hr;
    long comms;
    long social;

    @BeforeEach
    void plan() {
        owner = data.person("owner", Role.MARKETER).personId();
        comms = data.department("Comms", true);
        hr = data.department("HR", false);
        social = data.channel("LinkedIn", ChannelKind.SOCIAL);
        long objective = data.objective("Grow", owner);
        long strategy = data.strategy(objective, "Voice", owner);
        var jan = Instant.parse("2027-01-12T10:00:00Z");
        data.tactic(strategy, social, jan, SCHEDULED, owner, comms, CAMPAIGN, BROADCAST);
        data.tactic(strategy, social, jan, SCHEDULED, owner, hr, BRANDING, CONVERSATION);
        data.tactic(strategy, social, jan, SCHEDULED, owner, hr, BRANDING, BROADCAST);
        data.tactic(strategy, social, Instant.parse("2027-02-20T10:00:00Z"), SCHEDULED, owner, hr, BRANDING, BROADCAST);
    }

    @Test
    void thePeriodAndFiltersComeFromTheUrlAndGoBackIntoIt() {
        signIn(data.person("erin", Role.EXECUTIVE));
        open("dashboard?period=quarter&date=2027-02-10&department=" + hr + "&kind=social");

        assertThat(_get(H1.class, spec -> spec.withClasses("tl-dashboard-title"))
                        .getText())
                .isEqualTo("Dashboard · Q1 2027");
        ComboBox<Department> department = _get(ComboBox.class, spec -> spec.withLabel("Department"));
        assertThat(department.getValue().name()).isEqualTo("HR");
        assertThat(firstCard().tableRows())
                .as("the weekly figures, HR only")
                .anySatisfy(row -> assertThat(row).containsExactly("Jan 11", "0", "2", "100 %"));

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Next period")));
        assertThat(location())
                .isEqualTo(url("dashboard?period=quarter&date=2027-04-01&department=" + hr + "&kind=social"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tl-empty")).getText())
                .isEqualTo(
                        "No tactics are planned in Q2 2027 with these filters. Pick another period or clear the filters.");

        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Department")), null);
        assertThat(location()).isEqualTo(url("dashboard?period=quarter&date=2027-04-01&kind=social"));
    }

    @Test
    void aMalformedUrlFallsBackToThisQuarterWithoutFilters() {
        signIn(data.person("erin", Role.EXECUTIVE));
        open("dashboard?period=fortnight&date=yesterday&department=x");

        assertThat(_get(H1.class, spec -> spec.withClasses("tl-dashboard-title"))
                        .getText())
                .startsWith("Dashboard · Q");
    }

    @Test
    void aClickOnABarListsExactlyTheTacticsItCounts() {
        signIn(data.person("erin", Role.EXECUTIVE));
        open("dashboard?period=quarter&date=2027-01-01");

        var card = firstCard();
        String option = (String) SentToBrowser.lastCall(card.chart(), "show").getFirst();
        assertThat(option).contains("\"id\":\"BRANDING\"").contains("\"Jan 11\"");

        ComponentUtil.fireEvent(card.chart(), new EChart.ItemClick(card.chart(), true, "BRANDING", "Jan 11"));

        var behind = view().behind();
        assertThat(behind.heading()).isEqualTo("Branding · Jan 11: 2 tactics");
        assertThat(GridKt._size(behind.grid())).isEqualTo(2);
        assertThat(GridKt._get(behind.grid(), 0).intent()).isEqualTo(BRANDING);
    }

    @Test
    void theHealthTilesOpenTheListBehindThem() {
        data.tactic(null, social, Instant.parse("2026-11-01T10:00:00Z"), IDEA, owner, hr, CAMPAIGN, BROADCAST);
        signIn(data.person("erin", Role.EXECUTIVE));
        open("dashboard?period=quarter&date=2027-01-01");

        var silo = _get(Button.class, spec -> spec.withId("tile-silo-departments"));
        assertThat(silo.getElement().getTextRecursively()).startsWith("0silo departments");
        assertThat(_get(Button.class, spec -> spec.withId("tile-unaligned"))
                        .getElement()
                        .getTextRecursively())
                .as("one idea: the singular")
                .startsWith("1unaligned ideaoldest: ");
        _click(silo);
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withText("No department in Q1 2027 works on a single channel kind."))
                        .isVisible())
                .isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withText("See this quarter's warnings in the plan"))
                        .getHref())
                .isEqualTo("plan?warnings=only");
    }

    @Test
    void aSwedishExecutiveReadsTheBarsInSwedishAndAClickStillFindsItsTactics() {
        signIn(data.inLocale(data.person("eva", Role.EXECUTIVE), Locale.forLanguageTag("sv-SE")));
        open("dashboard?period=month&date=2027-01-01");

        assertThat(_get(H1.class, spec -> spec.withClasses("tl-dashboard-title"))
                        .getText())
                .isEqualTo("Dashboard · januari 2027");
        var card = firstCard();
        assertThat(card.tableRows()).anySatisfy(row -> assertThat(row).startsWith("11 jan."));

        ComponentUtil.fireEvent(card.chart(), new EChart.ItemClick(card.chart(), true, "BRANDING", "11 jan."));

        assertThat(view().behind().heading()).isEqualTo("Branding · 11 jan.: 2 tactics");
    }

    @Test
    void listeningActedOnIsTheShareOfThePeriodsInsightsLinkedToWhatTheyChanged() {
        long strategy = data.strategy(data.objective("Listen", owner), "Answer", owner);
        long linkedJan = data.insight("Forecasts confuse", InsightKind.QUESTION, LocalDate.of(2027, 1, 5), owner);
        long linkedMar = data.insight("Love the new app", InsightKind.PRAISE, LocalDate.of(2027, 3, 10), owner);
        data.insight("Too expensive", InsightKind.COMPLAINT, LocalDate.of(2027, 2, 2), owner);
        long before = data.insight("Heard last year", InsightKind.IDEA, LocalDate.of(2026, 12, 20), owner);
        data.linkInsightToStrategy(linkedJan, strategy, owner);
        data.linkInsightToStrategy(linkedMar, strategy, owner);
        data.linkInsightToStrategy(before, strategy, owner);
        signIn(data.person("erin", Role.EXECUTIVE));
        open("dashboard?period=quarter&date=2027-01-01");

        var tile = _get(Button.class, spec -> spec.withId("tile-listening"));
        assertThat(tile.getElement().getTextRecursively()).isEqualTo("67%listening acted on2 of 3 insights");
        _click(tile);
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "2 of 3 insights heard in Q1 2027 are linked to a tactic or strategy they changed."))
                        .isVisible())
                .isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withText("Open “heard, not acted on” in the listening log"))
                        .getHref())
                .isEqualTo("insights?notActedOn=yes");

        open("dashboard?period=quarter&date=2027-04-01");
        assertThat(_get(Button.class, spec -> spec.withId("tile-listening"))
                        .getElement()
                        .getTextRecursively())
                .as("nothing heard: no share rather than 0 %")
                .isEqualTo("–listening acted onnothing heard in Q2 2027");
    }

    @Test
    void theTableOffersTheSameListAsAClickOnTheChart() {
        signIn(data.person("erin", Role.EXECUTIVE));
        open("dashboard?period=quarter&date=2027-01-01");

        var card = firstCard();
        card.table().setVisible(true);
        var weekOfJan11 = card.tableRows().indexOf(List.of("Jan 11", "1", "2", "67 %"));
        Button list = (Button) GridKt._getCellComponent(card.table(), weekOfJan11, "tactics");
        assertThat(list.getAriaLabel()).contains("List the tactics of Jan 11");
        _click(list);

        assertThat(view().behind().heading()).isEqualTo("Jan 11: 3 tactics");
    }

    @Test
    void aSiloInTheTilesListsExactlyTheTacticsItCounts() {
        long strategy = data.strategy(data.objective("Culture", owner), "Inside", owner);
        for (int i = 0; i < 6; i++) {
            data.tactic(
                    strategy,
                    social,
                    Instant.parse("2027-03-0" + (i + 1) + "T10:00:00Z"),
                    SCHEDULED,
                    owner,
                    hr,
                    BRANDING,
                    BROADCAST);
        }
        signIn(data.person("erin", Role.EXECUTIVE));
        open("dashboard?period=quarter&date=2027-01-01");

        _click(_get(Button.class, spec -> spec.withId("tile-silo-strategies")));
        _click(_get(Button.class, spec -> spec.withText("Inside (silo: 6 tactics, all social)")));

        assertThat(view().behind().heading()).isEqualTo("Inside: 6 tactics");
        assertThat(GridKt._size(view().behind().grid())).isEqualTo(6);
    }

    @Test
    void anUnknownObjectiveOrAnImpossibleDateInTheUrlIsDropped() {
        signIn(data.person("erin", Role.EXECUTIVE));
        open("dashboard?period=quarter&date=2027-02-10&objective=999999&kind=social");
        assertThat(location()).isEqualTo(url("dashboard?period=quarter&date=2027-01-01&kind=social"));

        open("dashboard?period=year&date=%2B999999999-06-01");
        assertThat(_get(H1.class, spec -> spec.withClasses("tl-dashboard-title"))
                        .getText())
                .as("this year instead of an error")
                .isEqualTo("Dashboard · "
                        + java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSeesTheSameFiguresAndNoControlThatChangesData(Role role) {
        signIn(data.person("someone", role));
        open("dashboard?period=quarter&date=2027-01-01");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(DashboardView.class);
        assertThat(firstCard().tableRows())
                .anySatisfy(row -> assertThat(row).containsExactly("Jan 11", "1", "2", "67 %"));
        assertThat(_find(view(), Button.class))
                .extracting(b -> b.getAriaLabel().orElse(b.getElement().getTextRecursively()))
                .allMatch(
                        caption -> caption.matches(
                                "Previous period|Next period|Today|Show table|Save PNG|Close the list|\\d+.*|–listening acted on.*"),
                        "only navigation, tables, downloads and tiles");
        assertThat(_find(view(), TextField.class)).isEmpty();
    }

    private ChartCard firstCard() {
        return view().cards().getFirst();
    }

    private DashboardView view() {
        return (DashboardView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    /** Where the browser is: the path and the query's parameters, whatever their order. */
    private static Map<String, Object> location() {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        return Map.of(
                "path",
                location.getPath(),
                "query",
                location.getQueryParameters().getParameters());
    }

    private static Map<String, Object> url(String url) {
        var location = new Location(url);
        return Map.of(
                "path",
                location.getPath(),
                "query",
                location.getQueryParameters().getParameters());
    }
}
