package app.throughline.plan.ui;

import app.throughline.alignment.AlignmentReport.DepartmentMix;
import app.throughline.alignment.AlignmentReport.Health;
import app.throughline.alignment.AlignmentService;
import app.throughline.alignment.PeriodKind;
import app.throughline.alignment.ReportPeriod;
import app.throughline.common.NotFoundException;
import app.throughline.common.UserProblem;
import app.throughline.listening.ListeningService;
import app.throughline.listening.ui.InsightsBehind;
import app.throughline.people.PeopleService;
import app.throughline.plan.Campaign;
import app.throughline.plan.DeletionImpact;
import app.throughline.plan.Objective;
import app.throughline.plan.PlanNode;
import app.throughline.plan.PlanNode.CampaignNode;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.plan.PlanNode.TacticNode;
import app.throughline.plan.PlanPolicy;
import app.throughline.plan.PlanService;
import app.throughline.plan.Strategy;
import app.throughline.plan.TacticParent;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.TacticPolicy;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.UnalignedIdea;
import app.throughline.tactic.ui.TacticNavigation;
import app.throughline.ui.Formats;
import app.throughline.ui.Notifications;
import app.throughline.ui.Responsive;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The plan tree: business objectives, their strategies, campaigns and tactics, with the channel
 * mix under every node and its warnings (silo, starved), the departments' mix this quarter, and
 * the unaligned ideas that serve nothing yet. Strategists change the tree here; everyone else
 * reads it. The warnings are those of the dashboard's default period, the current quarter in the
 * viewer's zone, so the same question gets the same answer on both pages. {@code ?warnings=only}
 * shows only the nodes with warnings.
 */
@Route("plan")
@PageTitle("Plan · Throughline")
@PermitAll
public class PlanView extends VerticalLayout implements BeforeEnterObserver {

    /** The unaligned list shows the newest ideas; a plan with thousands of them is a finding in itself. */
    private static final int IDEAS_SHOWN = 200;

    private static final String READ_ONLY = "You can read the plan here; strategists and admins change it.";

    private static final String WARNINGS_PARAMETER = "warnings";
    private static final String WARNINGS_ONLY = "only";

    private final PlanService plan;
    private final TacticService tactics;
    private final PeopleService people;
    private final AlignmentService alignment;
    private final Clock clock;
    private final ZoneId zone;
    private final TacticPolicy tacticPolicy;
    private final CurrentUser user;
    private final boolean mayEditPlan;
    private final boolean mayWriteTactics;

    private final TreeGrid<PlanNode> tree = new TreeGrid<>();
    private final PlanTreeDataProvider treeData;
    private final Checkbox warningsOnly = new Checkbox("Only nodes with warnings");
    private final Paragraph warningsNote = new Paragraph();
    private final DepartmentsSection departments = new DepartmentsSection();
    private final InsightsBehind strategyInsights = new InsightsBehind("this strategy");
    private final ListeningService listening;
    private ReportPeriod quarter;
    private List<DepartmentMix> departmentMixes;
    private final Grid<UnalignedIdea> ideas = new Grid<>();
    private final H2 ideasHeading = new H2("Unaligned ideas");
    private final Button addStrategy = new Button("Add strategy");
    private final Button addCampaign = new Button("Add campaign");
    private final Button addTactic = new Button("Add tactic");
    private final Button edit = new Button("Edit");
    private final Button delete = new Button("Delete");

    PlanView(
            PlanService plan,
            TacticService tactics,
            PeopleService people,
            AlignmentService alignment,
            PlanPolicy planPolicy,
            TacticPolicy tacticPolicy,
            ListeningService listening,
            CurrentUserProvider currentUser,
            Clock clock) {
        this.plan = plan;
        this.listening = listening;
        this.tactics = tactics;
        this.people = people;
        this.alignment = alignment;
        this.tacticPolicy = tacticPolicy;
        this.clock = clock;
        this.user = currentUser.get();
        this.zone = user.zone();
        this.mayEditPlan = planPolicy.mayEditPlan(user);
        this.mayWriteTactics = tacticPolicy.mayCreate(user);
        this.quarter = currentQuarter();
        var health = alignment.planHealth(quarter);
        this.treeData = new PlanTreeDataProvider(plan, health.health());
        this.departmentMixes = health.departments();
        setSizeFull();
        addClassName("plan-view");

        warningsNote.addClassName("plan-warnings-note");
        warningsNote.setVisible(false);
        add(header(), warningsNote, tree());
        setFlexGrow(1, tree);
        strategyInsights.setVisible(false);
        add(strategyInsights, departments);
        add(
                ideasHeading,
                new Paragraph("Tactics that serve no strategy yet: being there to be "
                        + "there. Link each to a strategy or campaign, or drop it."),
                ideasGrid());
        showWarnings();
        refreshIdeas();
        updateActions(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean only = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(WARNINGS_PARAMETER)
                .filter(WARNINGS_ONLY::equals)
                .isPresent();
        warningsOnly.setValue(only);
    }

    private HorizontalLayout header() {
        var newObjective = new Button("New objective", e -> editObjective(Objective.blank(me(), today())));
        newObjective.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addStrategy.addClickListener(e -> selected().ifPresent(this::addStrategyUnder));
        addCampaign.addClickListener(e -> selected().ifPresent(this::addCampaignUnder));
        addTactic.addClickListener(e -> selected().ifPresent(this::addTacticUnder));
        edit.addClickListener(e -> selected().ifPresent(this::editNode));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));

        var actions = new HorizontalLayout();
        if (mayEditPlan) {
            actions.add(newObjective, addStrategy, addCampaign);
        }
        if (mayWriteTactics) {
            actions.add(addTactic);
        }
        actions.add(edit);
        if (mayEditPlan) {
            actions.add(delete);
        }
        actions.setWrap(true);
        warningsOnly.addValueChangeListener(e -> {
            tree.deselectAll();
            showWarnings();
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.getPage()
                        .getHistory()
                        .replaceState(
                                null,
                                new Location(
                                        "plan",
                                        e.getValue()
                                                ? QueryParameters.of(WARNINGS_PARAMETER, WARNINGS_ONLY)
                                                : QueryParameters.empty())));
            }
        });
        actions.add(warningsOnly);
        var header = new HorizontalLayout(new H1("Plan"), actions);
        header.setWidthFull();
        header.setWrap(true);
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.addClassName("plan-header");
        return header;
    }

    private TreeGrid<PlanNode> tree() {
        var name = tree.addHierarchyColumn(PlanNode::name)
                .setHeader("Name")
                .setWidth("24rem")
                .setFlexGrow(2)
                .setResizable(true)
                .setSortable(false)
                .setTooltipGenerator(PlanNode::name);
        var level = tree.addColumn(PlanNode::typeLabel)
                .setHeader("Level")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var owner = tree.addColumn(PlanNode::ownerName).setHeader("Owner").setAutoWidth(true);
        var when = tree.addColumn(this::when).setHeader("When").setAutoWidth(true);
        tree.addColumn(node -> node instanceof TacticNode t
                        ? t.channelName() + " · " + t.status().label()
                        : String.valueOf(node.mix().total()))
                .setHeader("Tactics")
                .setAutoWidth(true);
        // the reason is the column's tooltip: shown on hover and when the cell has keyboard focus
        tree.addComponentColumn(node -> HealthBadges.of(node, treeData.health()))
                .setHeader("Health")
                .setKey("health")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(node -> HealthBadges.why(node, treeData.health()));
        var mix = tree.addColumn(
                        node -> node instanceof TacticNode ? "" : node.mix().summary())
                .setHeader("Channel mix")
                .setWidth("16rem")
                .setFlexGrow(1)
                .setTooltipGenerator(node -> node.mix().summary());
        // on a phone: the name and the count; the rest is in the node's dialog
        Responsive.onWidth(this, width -> {
            boolean wide = width <= 0 || width >= Responsive.NARROW;
            List.of(level, owner, when, mix).forEach(column -> column.setVisible(wide));
            name.setWidth(wide ? "24rem" : "12rem");
        });
        tree.setDataProvider(treeData);
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tree.setSelectionMode(Grid.SelectionMode.SINGLE);
        tree.asSingleSelect().addValueChangeListener(e -> updateActions(e.getValue()));
        tree.addItemDoubleClickListener(e -> editNode(e.getItem()));
        // a click on a name toggles the branch and the grid does not select it; people expect both
        tree.addExpandListener(e -> {
            if (e.isFromClient()) {
                e.getItems().stream().findFirst().ifPresent(tree::select);
            }
        });
        tree.addCollapseListener(e -> {
            if (e.isFromClient()) {
                e.getItems().stream().findFirst().ifPresent(tree::select);
            }
        });
        tree.setSizeFull();
        tree.setMinHeight("20rem");
        tree.expand(List.<PlanNode>copyOf(treeData.objectives()));
        return tree;
    }

    private Grid<UnalignedIdea> ideasGrid() {
        ideas.addColumn(UnalignedIdea::title).setHeader("Idea").setFlexGrow(3);
        ideas.addColumn(UnalignedIdea::channelName).setHeader("Channel").setAutoWidth(true);
        var ideaOwner =
                ideas.addColumn(UnalignedIdea::ownerName).setHeader("Owner").setAutoWidth(true);
        var noted = ideas.addColumn(
                        i -> Formats.current().date(i.createdAt().atZone(zone).toLocalDate()))
                .setHeader("Noted")
                .setAutoWidth(true);
        ideas.addColumn(i -> HealthBadges.age(i.createdAt(), zone, today()))
                .setHeader("Age")
                .setKey("age")
                .setAutoWidth(true);
        ideas.addComponentColumn(i -> new Button(
                        tacticPolicy.mayEditOwnedBy(user, i.ownerId()) ? "Link or edit" : "Open",
                        e -> TacticNavigation.open(i.id())))
                .setHeader("Action")
                .setKey("actions")
                .setAutoWidth(true);
        ideas.setHeight("16rem");
        ideas.addClassName("unaligned-ideas");
        Responsive.onWidth(ideas, width -> {
            boolean wide = width <= 0 || width >= Responsive.NARROW;
            ideaOwner.setVisible(wide);
            noted.setVisible(wide);
        });
        return ideas;
    }

    private String when(PlanNode node) {
        return switch (node) {
            case ObjectiveNode o ->
                Formats.current().date(o.startsOn()) + " – " + Formats.current().date(o.endsOn());
            case StrategyNode s ->
                Formats.current().date(s.startsOn()) + " – " + Formats.current().date(s.endsOn());
            case CampaignNode c ->
                Formats.current().date(c.startsOn()) + " – " + Formats.current().date(c.endsOn());
            case TacticNode t ->
                t.scheduledStart() == null ? "unscheduled" : Formats.current().dateTime(t.scheduledStart(), zone);
        };
    }

    private Optional<PlanNode> selected() {
        return tree.asSingleSelect().getOptionalValue();
    }

    private void updateActions(@Nullable PlanNode node) {
        addStrategy.setEnabled(node instanceof ObjectiveNode);
        addCampaign.setEnabled(node instanceof StrategyNode);
        addTactic.setEnabled(node instanceof StrategyNode || node instanceof CampaignNode);
        edit.setEnabled(node != null);
        edit.setText(node == null || mayChange(node) ? "Edit" : "Open");
        delete.setEnabled(node != null && !(node instanceof TacticNode));
        // what was heard that shaped the selected strategy (issue 9)
        strategyInsights.setVisible(node instanceof StrategyNode);
        if (node instanceof StrategyNode s) {
            strategyInsights.show(listening.insightsForStrategy(s.id()));
        }
    }

    /** Whether the person may change this node (else it opens read-only). */
    private boolean mayChange(PlanNode node) {
        return node instanceof TacticNode t ? tacticPolicy.mayEditOwnedBy(user, t.ownerId()) : mayEditPlan;
    }

    // --- create and edit ----------------------------------------------------------------------

    private void editNode(PlanNode node) {
        try {
            switch (node) {
                case ObjectiveNode o -> editObjective(plan.objective(o.id()));
                case StrategyNode s -> editStrategy(plan.strategy(s.id()));
                case CampaignNode c -> editCampaign(plan.campaign(c.id()));
                case TacticNode t -> TacticNavigation.open(t.id());
            }
        } catch (NotFoundException gone) {
            Notifications.warning(gone.getMessage());
            refresh();
        }
    }

    private void addStrategyUnder(PlanNode node) {
        if (node instanceof ObjectiveNode o) {
            editStrategy(Strategy.blank(o.id(), me(), o.startsOn(), o.endsOn()));
        }
    }

    private void addCampaignUnder(PlanNode node) {
        if (node instanceof StrategyNode s) {
            editCampaign(Campaign.blank(s.id(), me(), today()));
        }
    }

    private void addTacticUnder(PlanNode node) {
        TacticParent parent = switch (node) {
            case StrategyNode s -> new TacticParent(s.id(), null, s.name(), null);
            case CampaignNode c -> new TacticParent(c.strategyId(), c.id(), c.name(), c.intent());
            default -> null;
        };
        if (parent != null) {
            TacticNavigation.create(parent, null);
        }
    }

    private void editObjective(Objective objective) {
        var dialog = new ObjectiveDialog(objective, people.people(), plan::save, saved -> refresh());
        if (!mayEditPlan) {
            dialog.viewOnly("Business objective", READ_ONLY);
        }
        dialog.open();
    }

    private void editStrategy(Strategy strategy) {
        var dialog =
                new StrategyDialog(strategy, treeData.objectives(), people.people(), plan::save, saved -> refresh());
        if (!mayEditPlan) {
            dialog.viewOnly("Marketing strategy", READ_ONLY);
        }
        dialog.open();
    }

    private void editCampaign(Campaign campaign) {
        var dialog =
                new CampaignDialog(campaign, treeData.strategies(), people.people(), plan::save, saved -> refresh());
        if (!mayEditPlan) {
            dialog.viewOnly("Campaign", READ_ONLY);
        }
        dialog.open();
    }

    // --- delete -------------------------------------------------------------------------------

    private void confirmDelete(PlanNode node) {
        DeletionImpact impact = plan.deletionImpact(node);
        var dialog = new Dialog();
        dialog.setHeaderTitle("Delete “" + impact.name() + "”?");
        dialog.add(new Paragraph(
                impact.hasChildren()
                        ? "This also deletes everything under it: " + impact.describe() + ". This cannot be undone."
                        : "Nothing else is planned under it. This cannot be undone."));
        var confirm = new Button(impact.hasChildren() ? "Delete all of it" : "Delete", e -> {
            dialog.close();
            try {
                plan.delete(node, impact);
                Notifications.success("Deleted “" + impact.name() + "”");
            } catch (RuntimeException refused) {
                Notifications.problem(UserProblem.of(refused));
            }
            refresh();
        });
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Keep it", e -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        quarter = currentQuarter();
        var health = alignment.planHealth(quarter);
        treeData.reload(health.health());
        departmentMixes = health.departments();
        tree.expand(List.<PlanNode>copyOf(treeData.objectives()));
        tree.deselectAll();
        showWarnings();
        refreshIdeas();
    }

    /** Applies the warnings filter to the tree and the departments, and says when there is nothing to warn about. */
    private void showWarnings() {
        boolean only = warningsOnly.getValue();
        treeData.showOnlyWarnings(only);
        Health health = treeData.health();
        boolean anyWarning = HealthBadges.anyWarning(health);
        boolean treeEmpty = only && treeData.shownObjectives().isEmpty();
        tree.setVisible(!treeEmpty);
        warningsNote.setVisible(treeEmpty || !anyWarning);
        warningsNote.setText(
                anyWarning
                        ? "No objective or strategy to warn about in " + quarter.label()
                                + "; the departments below have warnings."
                        : "Nothing to warn about this quarter (" + quarter.label() + ").");
        departments.show(quarter, departmentMixes, health, only);
    }

    private ReportPeriod currentQuarter() {
        return ReportPeriod.of(PeriodKind.QUARTER, alignment.today());
    }

    private void refreshIdeas() {
        var unaligned = tactics.unalignedIdeas(IDEAS_SHOWN);
        int count = unaligned.size() < IDEAS_SHOWN ? unaligned.size() : tactics.unalignedIdeaCount();
        ideas.setItems(unaligned);
        ideas.setVisible(!unaligned.isEmpty());
        ideasHeading.setText(
                count > IDEAS_SHOWN
                        ? "Unaligned ideas (the newest " + IDEAS_SHOWN + " of " + count + ")"
                        : "Unaligned ideas (" + count + ")");
    }

    private long me() {
        return user.personId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
