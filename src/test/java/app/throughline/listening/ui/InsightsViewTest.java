package app.throughline.listening.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.listening.Insight;
import app.throughline.listening.InsightKind;
import app.throughline.listening.InsightLink;
import app.throughline.listening.ListeningService;
import app.throughline.listening.TacticChoice;
import app.throughline.plan.TacticParent;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ViewTestBase;
import app.throughline.ui.Formats;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The listening log as each kind of person meets it (issue 9, "Listening"). */
class InsightsViewTest extends ViewTestBase {

    private static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>\n<b>second line</b>";

    @Autowired
    ListeningService listening;

    @Autowired
    TacticService tactics;

    CurrentUser conor;
    long linkedIn;
    long strategy;
    long tactic;
    LocalDate today;

    @BeforeEach
    void setUp() {
        conor = data.person("conor", Role.CONTRIBUTOR);
        linkedIn = data.channel("LinkedIn", ChannelKind.SOCIAL, 3000);
        var planner = data.person("sofia", Role.STRATEGIST);
        strategy = data.strategy(data.objective("Grow", planner.personId()), "Cash flow voice", planner.personId());
        tactic = data.tactic(
                strategy,
                null,
                "Forecast in two currencies",
                linkedIn,
                Instant.parse("2027-03-01T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                conor.personId());
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void aContributorRecordsWhatTheyHeardAndSeesItFirstInTheLog() {
        data.insight("Heard last week", InsightKind.PRAISE, today.minusDays(7), conor.personId());
        signIn(conor);
        open("insights");

        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Heard on")).getValue())
                .as("today in the viewer's zone")
                .isEqualTo(today);
        _setValue(heardField(), "Does the forecast handle two currencies?");
        _setValue(kindField(), InsightKind.QUESTION);
        _setValue(channelField(), channelField().getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withText("Record")));

        NotificationsKt.expectNotifications(
                "Recorded the question heard on " + Formats.current().date(today));
        assertThat(heardField().getValue()).as("the form is empty again").isEmpty();
        Grid<Insight> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains(
                        "Question",
                        "Does the forecast handle two currencies?",
                        "LinkedIn",
                        "Conor Tester",
                        "Not linked yet");
    }

    @Test
    void aMissingSourceIsSaidNextToTheSourceField() {
        signIn(conor);
        open("insights");

        _setValue(heardField(), "Heard somewhere");
        _setValue(kindField(), InsightKind.IDEA);
        _click(_get(Button.class, spec -> spec.withText("Record")));

        TextField source = _get(TextField.class, spec -> spec.withLabel("Or another source"));
        assertThat(source.isInvalid()).isTrue();
        assertThat(source.getErrorMessage()).startsWith("Say where it was heard");
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void theFiltersNarrowTheLogAndStayInTheAddress() {
        data.insight("A recent complaint", InsightKind.COMPLAINT, today.minusDays(2), conor.personId());
        data.insight("An old complaint", InsightKind.COMPLAINT, today.minusDays(40), conor.personId());
        long linked = data.insight("An old linked idea", InsightKind.IDEA, today.minusDays(50), conor.personId());
        data.linkInsightToStrategy(linked, strategy, conor.personId());
        signIn(conor);
        open("insights");
        Grid<Insight> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("acted-on-share"))
                        .getText())
                .contains("1 of the 3 insights heard in the last 90 days (33 %)");

        _setValue(kindField("Kind", grid), InsightKind.COMPLAINT);
        assertThat(GridKt._size(grid())).isEqualTo(2);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only heard, not acted on")), true);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("An old complaint", "Not acted on");
        assertThat(currentUrl())
                .startsWith("insights?")
                .contains("kind=COMPLAINT")
                .contains("notActedOn=yes");

        open("insights?notActedOn=yes");
        assertThat(GridKt._size(grid())).as("from the address alone").isEqualTo(1);
    }

    @Test
    void aRowOpensTheInsightWhereItIsLinkedToATacticAndAStrategy() {
        long heard = data.insight("Two currencies?", InsightKind.QUESTION, today, conor.personId());
        signIn(conor);
        open("insights");
        _click((Button) GridKt._getCellComponent(grid(), 0, "open"));
        assertThat(currentUrl()).isEqualTo("insights/" + heard);
        assertThat(_get(H1.class).getText())
                .isEqualTo("Question heard on " + Formats.current().date(today));

        @SuppressWarnings("unchecked")
        ComboBox<TacticChoice> tacticBox = _get(ComboBox.class, spec -> spec.withLabel("Link to a tactic"));
        ComboBoxKt.setUserInput(tacticBox, "currencies");
        assertThat(ComboBoxKt.getSuggestions(tacticBox))
                .containsExactly("Forecast in two currencies · LinkedIn · Mar 1, 2027");
        _setValue(tacticBox, listening.searchTactics("currencies").getFirst());
        _click(_get(Button.class, spec -> spec.withText("Link tactic")));
        @SuppressWarnings("unchecked")
        ComboBox<TacticParent> strategyBox = _get(ComboBox.class, spec -> spec.withLabel("Link to a strategy"));
        ComboBoxKt.selectByLabel(strategyBox, "Grow › Cash flow voice");
        _click(_get(Button.class, spec -> spec.withText("Link strategy")));

        assertThat(listening.insight(heard).links())
                .extracting(InsightLink::label)
                .containsExactly("Forecast in two currencies", "Grow › Cash flow voice");
        assertThat(listening.insightsForTactic(tactic)).extracting(Insight::id).containsExactly(heard);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("insight-state"))
                        .getText())
                .startsWith("Acted on");

        _click(_get(
                Button.class,
                spec -> spec.withText("Unlink").withAttribute("aria-label", "Unlink “Grow › Cash flow voice”")));
        assertThat(listening.insightsForStrategy(strategy)).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Forecast in two currencies")));
        assertThat(currentUrl()).as("the composer").isEqualTo("tactics/" + tactic);
    }

    @Test
    void aTacticPlannedFromAnInsightStartsWithWhatWasHeardAndIsLinkedOnceSaved() {
        long heard = data.insight("Customers want a month-end checklist", InsightKind.IDEA, today, conor.personId());
        signIn(conor);
        open("insights/" + heard);

        _click(_get(Button.class, spec -> spec.withText("Plan a tactic from this")));
        assertThat(currentUrl()).isEqualTo("tactics/new?insight=" + heard);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Notes")).getValue())
                .isEqualTo("From what we heard: Customers want a month-end checklist");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "The month-end checklist");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        List<Insight> behind = new ArrayList<>();
        long created = tactics.tactic(Long.parseLong(currentUrl().substring("tactics/".length())))
                .id();
        behind.addAll(listening.insightsForTactic(created));
        assertThat(behind).extracting(Insight::id).containsExactly(heard);
    }

    @Test
    void anExecutiveReadsTheLogAndAnInsightButIsOfferedNoWayToChangeThem() {
        long heard = data.insight("Heard", InsightKind.PRAISE, today, conor.personId());
        data.linkInsightToStrategy(heard, strategy, conor.personId());
        signIn(data.person("eva", Role.EXECUTIVE));

        open("insights");
        assertThat(_find(TextArea.class, spec -> spec.withLabel("What was heard")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Record"))).isEmpty();
        assertThat(GridKt._size(grid())).isEqualTo(1);

        open("insights/" + heard);
        assertThat(_get(Div.class, spec -> spec.withClasses("insight-heard")).getText())
                .isEqualTo("Heard");
        assertThat(_find(_get(InsightView.class), Button.class).stream().map(Button::getText))
                .as("only reading and going places")
                .containsExactlyInAnyOrder("Back to the listening log", "Grow › Cash flow voice");
        assertThat(_find(_get(InsightView.class), ComboBox.class)).isEmpty();
    }

    @Test
    void theAuthorEditsAnInsightInADialog() {
        long heard = data.insight("Heard", InsightKind.PRAISE, today.minusDays(1), conor.personId());
        signIn(conor);
        open("insights/" + heard);

        _click(_get(Button.class, spec -> spec.withText("Edit")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("What was heard")), "Heard, in their words");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("insight-heard")).getText())
                .isEqualTo("Heard, in their words");
    }

    @Test
    void whatWasHeardWithMarkupStaysText() {
        signIn(conor);
        open("insights");
        _setValue(heardField(), XSS);
        _setValue(kindField(), InsightKind.COMPLAINT);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Or another source")), "<i>Forum</i>");
        _click(_get(Button.class, spec -> spec.withText("Record")));
        long id = GridKt._get(grid(), 0).id();
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("<i>Forum</i>");

        open("insights/" + id);

        assertThat(_get(Div.class, spec -> spec.withClasses("insight-heard")).getText())
                .isEqualTo(XSS);
        assertThat(elements(UI.getCurrent().getElement()))
                .as("nothing typed became an element")
                .noneMatch(e -> List.of("script", "img", "b", "i").contains(e.getTag()))
                .noneMatch(e -> e.getProperty("innerHTML") != null);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private TextArea heardField() {
        return _get(TextArea.class, spec -> spec.withLabel("What was heard"));
    }

    @SuppressWarnings("unchecked")
    private Select<InsightKind> kindField() {
        return _get(
                _get(com.vaadin.flow.component.html.Section.class, spec -> spec.withClasses("insight-record")),
                Select.class,
                spec -> spec.withLabel("Kind"));
    }

    @SuppressWarnings("unchecked")
    private Select<InsightKind> kindField(String label, Grid<Insight> grid) {
        Component log = grid.getParent().orElseThrow();
        return _get(log, Select.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<app.throughline.channel.Channel> channelField() {
        return _get(ComboBox.class, spec -> spec.withLabel("Heard on channel"));
    }

    @SuppressWarnings("unchecked")
    private Grid<Insight> grid() {
        return _get(Grid.class, spec -> spec.withClasses("insights-grid"));
    }

    private static List<Element> elements(Element root) {
        var all = new ArrayList<Element>();
        all.add(root);
        root.getChildren().forEach(child -> all.addAll(elements(child)));
        return all;
    }

    private static String currentUrl() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
