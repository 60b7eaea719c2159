package app.throughline.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.common.SubmissionKey;
import app.throughline.plan.Intent;
import app.throughline.plan.PlanNode;
import app.throughline.plan.PlanService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.security.ui.LoginView;
import app.throughline.tactic.TacticStatus;
import app.throughline.tactic.UnalignedIdea;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.time.Instant;
import java.time.LocalDate;
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

        assertThat(_find(Dialog.class)).isEmpty();
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

        @SuppressWarnings("unchecked")
        ComboBox<TacticStatus> status = _get(ComboBox.class, spec -> spec.withLabel("Status"));
        assertThat(status.getListDataView().getItems()).containsOnly(TacticStatus.IDEA, TacticStatus.CANCELLED);
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
