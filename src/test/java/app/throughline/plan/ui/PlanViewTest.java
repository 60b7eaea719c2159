package app.throughline.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.common.SubmissionKey;
import app.throughline.listening.InsightKind;
import app.throughline.listening.ui.InsightsBehind;
import app.throughline.plan.Intent;
import app.throughline.plan.PlanNode;
import app.throughline.plan.PlanService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.security.ui.LoginView;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.TacticStatus;
import app.throughline.tactic.UnalignedIdea;
import app.throughline.testing.ViewTestBase;
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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanViewTest extends ViewTestBase {

    @Autowired
    PlanService plan;

    CurrentUser strategist;
    long objective;
    long strategy;
    long channel;

    @BeforeEach
    void setUp() {
        strategist = data.person("sofia", Role.STRATEGIST);
        channel = data.channel("LinkedIn", ChannelKind.SOCIAL);
        objective = data.objective("Grow mid-market revenue", strategist.personId());
        strategy = data.strategy(objective, "Be the trusted voice for CFOs", strategist.personId());
        long campaign = data.campaign(strategy, "Q2 webinars", Intent.CAMPAIGN, strategist.personId());
        data.tactic(
                strategy,
                campaign,
                "LinkedIn post: 3 signs",
                channel,
                Instant.parse("2027-02-01T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                strategist.personId());
        data.tactic(null, null, "Office dog on X", channel, null, null, TacticStatus.IDEA, strategist.personId());
    }

    @Test
    void aStrategistSeesTheTreeWithItsChannelMix() {
        signIn(strategist);
        open("plan");

        TreeGrid<PlanNode> tree = tree();
        assertThat(GridKt._getFormattedRow(tree, 0)).contains("Grow mid-market revenue", "Objective", "1", "Social 1");
        assertThat(GridKt._getFormattedRow(tree, 1)).contains("Be the trusted voice for CFOs", "Strategy");
    }

    @Test
    void selectingAStrategyShowsTheInsightsBehindIt() {
        long heard = data.insight(
                "CFOs want a benchmark report", InsightKind.IDEA, LocalDate.of(2027, 1, 20), strategist.personId());
        data.linkInsightToStrategy(heard, strategy, strategist.personId());
        signIn(data.person("max", Role.MARKETER));
        open("plan");

        assertThat(_find(InsightsBehind.class)).as("nothing selected").isEmpty();
        TreeGrid<PlanNode> tree = tree();
        tree.select(GridKt._get(tree, 1));
        assertThat(_get(_get(InsightsBehind.class), RouterLink.class).getText())
                .isEqualTo("CFOs want a benchmark report");

        tree.select(GridKt._get(tree, 0));
        assertThat(_find(InsightsBehind.class))
                .as("an objective has none of its own")
                .isEmpty();
    }

    @Test
    void aStrategistCreatesAnObjective() {
        signIn(strategist);
        open("plan");

        _click(_get(Button.class, spec -> spec.withText("New objective")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Cut churn below 6%");
        _setValue(_get(TextField.class, spec -> spec.withLabel("KPI metric")), "Annual churn (%)");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(plan.tree()).extracting(PlanNode::name).contains("Cut churn below 6%");
        assertThat(GridKt._size(tree())).isGreaterThanOrEqualTo(3);
    }

    @Test
    void validationMessagesShowNextToTheFieldsAndNothingIsSaved() {
        signIn(strategist);
        open("plan");

        _click(_get(Button.class, spec -> spec.withText("New objective")));
        var name = _get(TextField.class, spec -> spec.withLabel("Name"));
        _setValue(name, "");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Starts")), LocalDate.of(2027, 6, 1));
        var ends = _get(DatePicker.class, spec -> spec.withLabel("Ends"));
        _setValue(ends, LocalDate.of(2027, 1, 1));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Name is required");
        assertThat(ends.isInvalid()).isTrue();
        assertThat(ends.getErrorMessage()).isEqualTo("The end date cannot be before the start date");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(plan.tree()).hasSize(1);
    }

    @Test
    void aColourThatIsNotHexSaysWhyNextToTheField() {
        signIn(strategist);
        open("plan");
        selectRow("Q2 webinars");
        _click(_get(Button.class, spec -> spec.withText("Edit")));

        var colour = _get(TextField.class, spec -> spec.withLabel("Colour on the calendar"));
        assertThat(colour.getPattern())
                .as("no browser pattern that fails without words")
                .isNull();
        _setValue(colour, "blue-ish");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(colour.isInvalid()).isTrue();
        assertThat(colour.getErrorMessage())
                .isEqualTo("Use a colour such as #3b6ea5: # and six hex digits (0-9, a-f).");
        assertThat(plan.campaign(plan.tree()
                                .getFirst()
                                .strategies()
                                .getFirst()
                                .campaigns()
                                .getFirst()
                                .id())
                        .colour())
                .isEqualTo("#3b6ea5");
    }

    @Test
    void aStrategistRenamesACampaign() {
        signIn(strategist);
        open("plan");
        selectRow("Q2 webinars");

        _click(_get(Button.class, spec -> spec.withText("Edit")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Q2 cash-flow webinars");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(plan.tree()
                        .getFirst()
                        .strategies()
                        .getFirst()
                        .campaigns()
                        .getFirst()
                        .name())
                .isEqualTo("Q2 cash-flow webinars");
    }

    @Test
    void deletingAStrategySaysWhatGoesWithItAndDeletesOnlyOnConfirmation() {
        signIn(strategist);
        open("plan");
        selectRow("Be the trusted voice for CFOs");

        _click(_get(Button.class, spec -> spec.withText("Delete")));
        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Delete “Be the trusted voice for CFOs”?");
        assertThat(_get(dialog, Paragraph.class).getText()).contains("1 campaign and 1 tactic");
        _click(_get(dialog, Button.class, spec -> spec.withText("Keep it")));
        assertThat(plan.tree().getFirst().strategies()).hasSize(1);

        _click(_get(Button.class, spec -> spec.withText("Delete")));
        _click(_get(Button.class, spec -> spec.withText("Delete all of it")));

        assertThat(plan.tree().getFirst().strategies()).isEmpty();
        NotificationsKt.expectNotifications("Deleted “Be the trusted voice for CFOs”");
    }

    @Test
    void aConcurrentEditIsRefusedWithAnExplanationAndTheInputStays() {
        signIn(strategist);
        open("plan");
        selectRow("Grow mid-market revenue");
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        // someone else saves the same objective meanwhile
        plan.save(plan.objective(objective).withName("Renamed by a colleague"), SubmissionKey.random());

        var name = _get(TextField.class, spec -> spec.withLabel("Name"));
        _setValue(name, "My new name");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var problem = _get(Div.class, spec -> spec.withClasses("form-problem"));
        assertThat(problem.getText()).contains("changed by someone else").contains("not saved");
        assertThat(name.getValue()).isEqualTo("My new name");
        assertThat(plan.objective(objective).name()).isEqualTo("Renamed by a colleague");
    }

    @Test
    void aStrategistAddsATacticUnderACampaign() {
        signIn(strategist);
        open("plan");
        selectRow("Q2 webinars");

        _click(_get(Button.class, spec -> spec.withText("Add tactic")));
        @SuppressWarnings("unchecked")
        ComboBox<app.throughline.plan.TacticParent> serves = _get(ComboBox.class, spec -> spec.withLabel("Serves"));
        assertThat(serves.getValue().path())
                .isEqualTo("Grow mid-market revenue › Be the trusted voice for CFOs › " + "Q2 webinars");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Webinar: cash-flow basics");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("the composer shows the saved tactic")
                .startsWith("tactics/");
        assertThat(plan.tree()
                        .getFirst()
                        .strategies()
                        .getFirst()
                        .campaigns()
                        .getFirst()
                        .mix()
                        .total())
                .isEqualTo(2);
        assertThat(plan.tacticsUnder(
                        strategy,
                        plan.tree()
                                .getFirst()
                                .strategies()
                                .getFirst()
                                .campaigns()
                                .getFirst()
                                .id(),
                        0,
                        10))
                .extracting(PlanNode::name)
                .contains("Webinar: cash-flow basics");
    }

    @Test
    void unalignedIdeasAreListedApartFromTheTree() {
        signIn(strategist);
        open("plan");

        @SuppressWarnings("unchecked")
        Grid<Object> ideas = _get(Grid.class, spec -> spec.withClasses("unaligned-ideas"));
        assertThat(GridKt._size(ideas)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(ideas, 0)).contains("Office dog on X", "LinkedIn");
    }

    @Test
    void anUnalignedIdeaCannotBeGivenALaterStatusInTheForm() {
        signIn(strategist);
        open("plan");
        @SuppressWarnings("unchecked")
        Grid<Object> ideas = _get(Grid.class, spec -> spec.withClasses("unaligned-ideas"));
        _click((Button) GridKt._getCellComponent(ideas, 0, "actions"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .startsWith("tactics/");
        assertThat(_find(_get(Section.class, spec -> spec.withClasses("next-steps")), Button.class))
                .extracting(Button::getText)
                .as("an idea serving nothing can only be dropped, not drafted")
                .containsExactly("Drop the idea");
    }

    @Test
    void anExecutiveReadsThePlanButCannotChangeIt() {
        signIn(data.person("eva", Role.EXECUTIVE));
        open("plan");

        assertThat(_find(Button.class, spec -> spec.withText("New objective"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Delete"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Add tactic"))).isEmpty();
        selectRow("Grow mid-market revenue");
        _click(_get(Button.class, spec -> spec.withText("Open")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).isReadOnly())
                .isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).allMatch(b -> !b.isVisible());
        assertThat(_get(Dialog.class).getHeaderTitle()).as("not titled Edit").isEqualTo("Business objective");
        assertThat(_get(Div.class, spec -> spec.withClasses("form-problem")).getText())
                .isEqualTo("You can read the plan here; strategists and admins change it.");
    }

    @Test
    void aContributorAddsTacticsButOpensPlanNodesAndOthersTacticsReadOnly() {
        var contributor = data.person("conor", Role.CONTRIBUTOR);
        signIn(contributor);
        open("plan");

        assertThat(_find(Button.class, spec -> spec.withText("New objective"))).isEmpty();
        selectRow("Be the trusted voice for CFOs");
        assertThat(_get(Button.class, spec -> spec.withText("Add tactic")).isEnabled())
                .isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Edit")))
                .as("a strategy opens read-only")
                .isEmpty();
        assertThat(_get(Button.class, spec -> spec.withText("Open")).isEnabled())
                .isTrue();
        @SuppressWarnings("unchecked")
        Grid<UnalignedIdea> ideas = _get(Grid.class, spec -> spec.withClasses("unaligned-ideas"));
        assertThat(GridKt._getCellComponent(ideas, 0, "actions"))
                .isInstanceOfSatisfying(
                        Button.class,
                        button -> assertThat(button.getText())
                                .as("someone else's idea")
                                .isEqualTo("Open"));
    }

    @Test
    void anAnonymousVisitorLandsOnTheLoginPage() {
        open("plan");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    // --- warnings: the current quarter in the viewer's zone (UTC here) ---------------------------

    @Test
    void aStrategyWithFiveSocialTacticsThisQuarterCarriesASiloBadgeThatSaysWhy() {
        long silo = data.strategy(objective, "Be everywhere on LinkedIn", strategist.personId());
        tacticsThisQuarter(silo, channel, null, 5);
        signIn(strategist);
        open("plan");

        PlanNode row = row("Be everywhere on LinkedIn");
        assertThat(badgeText(healthCell(row))).isEqualTo("silo · social");
        assertThat(tooltip(row)).isEqualTo("silo: 5 tactics, all social");
        assertThat(spokenText(healthCell(row)))
                .as("what a screen reader reads instead of the short word")
                .isEqualTo("silo: 5 tactics, all social");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("plan-warnings-note")))
                .as("no all-clear while something warns")
                .isEmpty();
    }

    @Test
    void everyRoleSeesTheSameWarnings() {
        long silo = data.strategy(objective, "Be everywhere on LinkedIn", strategist.personId());
        tacticsThisQuarter(silo, channel, null, 5);

        for (Role role : List.of(Role.EXECUTIVE, Role.CONTRIBUTOR, Role.COACH, Role.MARKETER)) {
            signIn(data.person(role.name().toLowerCase(Locale.ROOT), role));
            open("plan");
            PlanNode row = row("Be everywhere on LinkedIn");
            assertThat(badgeText(healthCell(row))).as(role.name()).isEqualTo("silo · social");
            assertThat(tooltip(row)).as(role.name()).isEqualTo("silo: 5 tactics, all social");
            open(""); // leave, so the next person gets a plan of their own
        }
    }

    @Test
    void aStrategyWithFourSocialTacticsIsNoSilo() {
        long fewer = data.strategy(objective, "Four posts only", strategist.personId());
        tacticsThisQuarter(fewer, channel, null, 4);
        signIn(strategist);
        open("plan");

        PlanNode row = row("Four posts only");
        assertThat(badgeText(healthCell(row))).isEmpty();
        assertThat(tooltip(row)).isNull();
    }

    @Test
    void anObjectiveRunningTodayWithNothingInTheNext28DaysIsStarved() {
        LocalDate today = today();
        long starved =
                data.objective("Cut churn below 6%", strategist.personId(), today.minusDays(30), today.plusDays(90));
        long later = data.strategy(starved, "Win back lapsed customers", strategist.personId());
        scheduled(later, channel, null, Instant.now().plus(Duration.ofDays(40)));
        long fed = data.objective("Open the Nordics", strategist.personId(), today.minusDays(30), today.plusDays(90));
        long soon = data.strategy(fed, "Nordic launch", strategist.personId());
        scheduled(soon, channel, null, Instant.now().plus(Duration.ofDays(3)));
        signIn(strategist);
        open("plan");

        PlanNode starvedRow = row("Cut churn below 6%");
        assertThat(badgeText(healthCell(starvedRow))).isEqualTo("starved");
        assertThat(tooltip(starvedRow)).isEqualTo("starved: nothing planned in the next 28 days");
        PlanNode fedRow = row("Open the Nordics");
        assertThat(badgeText(healthCell(fedRow))).isEmpty();
        assertThat(tooltip(fedRow)).isNull();
    }

    @Test
    void theWarningsFilterShowsOnlyTheObjectivesWithWarningsAndTheirSiloStrategies() {
        LocalDate today = today();
        long warned =
                data.objective("Be heard in finance", strategist.personId(), today.plusDays(100), today.plusDays(200));
        long silo = data.strategy(warned, "LinkedIn every day", strategist.personId());
        tacticsThisQuarter(silo, channel, null, 5);
        data.strategy(warned, "Quiet strategy", strategist.personId());
        long calm = data.objective("Calm objective", strategist.personId(), today.plusDays(100), today.plusDays(200));
        long mixed = data.strategy(calm, "Mixed strategy", strategist.personId());
        tacticsThisQuarter(mixed, channel, null, 4);
        signIn(strategist);
        open("plan");
        assertThat(rowNames()).contains("Be heard in finance", "Quiet strategy", "Calm objective", "Mixed strategy");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only nodes with warnings")), true);

        assertThat(rowNames())
                .contains("Be heard in finance", "LinkedIn every day")
                .doesNotContain("Quiet strategy", "Calm objective", "Mixed strategy");
        assertThat(GridKt._getFormattedRow(tree(), rowNames().indexOf("Be heard in finance")))
                .as("the counts stay those of the whole objective")
                .contains("5");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only nodes with warnings")), false);
        assertThat(rowNames()).contains("Calm objective", "Quiet strategy");
    }

    @Test
    void withNothingToWarnAboutThePlanSaysSo() {
        // the objective of setUp runs in 2027: a tactic tomorrow keeps it fed whenever this runs
        scheduled(strategy, channel, null, Instant.now().plus(Duration.ofDays(1)));
        signIn(strategist);
        open("plan");
        var note = _get(Paragraph.class, spec -> spec.withClasses("plan-warnings-note"));
        assertThat(note.getText()).isEqualTo("Nothing to warn about this quarter (" + quarterLabel() + ").");
        assertThat(rowNames()).contains("Grow mid-market revenue");

        open("");
        open("plan?warnings=only");

        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Only nodes with warnings"))
                        .getValue())
                .isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("plan-warnings-note"))
                        .getText())
                .isEqualTo("Nothing to warn about this quarter (" + quarterLabel() + ").");
        assertThat(_find(TreeGrid.class)).as("no empty tree").isEmpty();
    }

    @Test
    void theDepartmentsOfThisQuarterShowTheirMixAndTheSiloWithItsReason() {
        long service = data.department("Customer Service", false);
        long communications = data.department("Communications", true);
        long owned = data.channel("Blog", ChannelKind.OWNED);
        tacticsThisQuarter(strategy, channel, service, 5);
        tacticsThisQuarter(strategy, owned, communications, 2);
        scheduled(
                strategy,
                channel,
                communications,
                firstDayOfQuarter().plusDays(3).atTime(12, 0).toInstant(ZoneOffset.UTC));
        signIn(data.person("eva", Role.EXECUTIVE));
        open("plan");

        assertThat(_find(H2.class, spec -> spec.withText("Departments this quarter (" + quarterLabel() + ")")))
                .hasSize(1);
        Grid<Object> departments = departments();
        int serviceRow = departmentRow(departments, "Customer Service");
        assertThat(GridKt._getFormattedRow(departments, serviceRow)).contains("—", "5", "Social 5", "0%");
        Component warnings = GridKt._getCellComponent(departments, serviceRow, "warnings");
        assertThat(badgeText(warnings)).isEqualTo("silo · social");
        assertThat(departments
                        .getColumnByKey("warnings")
                        .getTooltipGenerator()
                        .apply(GridKt._get(departments, serviceRow)))
                .isEqualTo("silo: 5 tactics, all social");
        int communicationsRow = departmentRow(departments, "Communications");
        assertThat(GridKt._getFormattedRow(departments, communicationsRow)).contains("yes", "3", "Owned 2 · Social 1");
        assertThat(badgeText(GridKt._getCellComponent(departments, communicationsRow, "warnings")))
                .isEmpty();

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only nodes with warnings")), true);
        assertThat(GridKt._size(departments)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(departments, 0)).contains("Customer Service");
    }

    @Test
    void everyUnalignedIdeaShowsItsAge() {
        long owner = strategist.personId();
        data.tactic(
                null,
                channel,
                Instant.now().minus(Duration.ofDays(43)),
                TacticStatus.IDEA,
                owner,
                null,
                Intent.CAMPAIGN,
                InteractionMode.BROADCAST);
        data.tactic(
                null,
                channel,
                Instant.now(),
                TacticStatus.IDEA,
                owner,
                null,
                Intent.CAMPAIGN,
                InteractionMode.BROADCAST);
        signIn(strategist);
        open("plan");

        @SuppressWarnings("unchecked")
        Grid<UnalignedIdea> ideas = _get(Grid.class, spec -> spec.withClasses("unaligned-ideas"));
        var ages = new ArrayList<String>();
        for (int i = 0; i < GridKt._size(ideas); i++) {
            ages.add(GridKt._getFormatted(ideas, i, "age"));
        }
        assertThat(ages).contains("43 days", "today");
    }

    private void tacticsThisQuarter(long strategyId, long channelId, Long departmentId, int count) {
        for (int day = 1; day <= count; day++) {
            scheduled(
                    strategyId,
                    channelId,
                    departmentId,
                    firstDayOfQuarter().plusDays(day).atTime(9, 0).toInstant(ZoneOffset.UTC));
        }
    }

    private void scheduled(long strategyId, long channelId, Long departmentId, Instant start) {
        data.tactic(
                strategyId,
                channelId,
                start,
                TacticStatus.SCHEDULED,
                strategist.personId(),
                departmentId,
                Intent.CAMPAIGN,
                InteractionMode.BROADCAST);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static LocalDate firstDayOfQuarter() {
        return today().with(IsoFields.DAY_OF_QUARTER, 1);
    }

    private static String quarterLabel() {
        return "Q" + today().get(IsoFields.QUARTER_OF_YEAR) + " " + today().getYear();
    }

    private PlanNode row(String name) {
        var tree = tree();
        for (int i = 0; i < GridKt._size(tree); i++) {
            PlanNode node = GridKt._get(tree, i);
            if (node.name().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("No row named " + name + " in " + rowNames());
    }

    private List<String> rowNames() {
        var tree = tree();
        var names = new ArrayList<String>();
        for (int i = 0; i < GridKt._size(tree); i++) {
            names.add(GridKt._get(tree, i).name());
        }
        return names;
    }

    private Component healthCell(PlanNode node) {
        var tree = tree();
        return GridKt._getCellComponent(tree, rowNames().indexOf(node.name()), "health");
    }

    private String tooltip(PlanNode node) {
        return tree().getColumnByKey("health").getTooltipGenerator().apply(node);
    }

    /** The short word a sighted user reads on the badge; empty without a badge. */
    private static String badgeText(Component cell) {
        return cell.hasClassName("tl-health-badge")
                ? ((Span) cell.getChildren().toList().getFirst()).getText()
                : "";
    }

    /** The reason a screen reader reads for the badge. */
    private static String spokenText(Component cell) {
        return _get(cell, Span.class, spec -> spec.withClasses("tl-sr-only")).getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> departments() {
        return _get(Grid.class, spec -> spec.withClasses("plan-departments"));
    }

    private static int departmentRow(Grid<Object> departments, String name) {
        for (int i = 0; i < GridKt._size(departments); i++) {
            if (GridKt._getFormattedRow(departments, i).getFirst().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No department row " + name);
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<PlanNode> tree() {
        return _get(TreeGrid.class);
    }

    private void selectRow(String name) {
        var tree = tree();
        tree.expandRecursively(plan.tree().stream().map(PlanNode.class::cast).toList(), 3);
        for (int i = 0; i < GridKt._size(tree); i++) {
            PlanNode node = GridKt._get(tree, i);
            if (node.name().equals(name)) {
                tree.select(node);
                return;
            }
        }
        throw new AssertionError("No row named " + name);
    }
}
