package app.throughline.dashboard.ui;

import static app.throughline.alignment.AlignmentRules.percent;

import app.throughline.alignment.AlignmentFilter;
import app.throughline.alignment.AlignmentReport;
import app.throughline.alignment.AlignmentService;
import app.throughline.alignment.PeriodKind;
import app.throughline.alignment.ReportPeriod;
import app.throughline.channel.ChannelKind;
import app.throughline.listening.ListeningService;
import app.throughline.people.Department;
import app.throughline.people.PeopleService;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanService;
import app.throughline.security.CurrentUserProvider;
import app.throughline.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The executive dashboard: for a period and filters (all in the URL), is social a silo, are we
 * campaigning or building the brand, is the whole company taking part, are we talking with people
 * or at them. Read-only for every role: nothing here changes data. Figures come from
 * {@link AlignmentService}, whose definitions the plan's warnings share.
 */
@Route("dashboard")
@PageTitle("Dashboard · Throughline")
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private final AlignmentService alignment;
    private final Clock clock;
    private final H1 title = new H1();
    private final Select<PeriodKind> periodKind = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final ComboBox<ObjectiveNode> objective = new ComboBox<>("Objective");
    private final ComboBox<Department> department = new ComboBox<>("Department");
    private final Select<ChannelKind> kind = new Select<>();
    private final HealthTiles tiles;
    private final Paragraph empty = new Paragraph();
    private final Div charts = new Div();
    private final List<ChartCard> cards = new ArrayList<>();
    private final TacticsBehind behind;
    private final List<ObjectiveNode> objectives;
    private final List<Department> departments;
    private DashboardState state;
    private boolean updating;

    public DashboardView(
            AlignmentService alignment,
            PlanService plan,
            PeopleService people,
            ListeningService listening,
            CurrentUserProvider currentUser,
            Clock clock,
            app.throughline.spreadsheet.ExportService exports) {
        this.alignment = alignment;
        this.clock = clock;
        this.objectives = plan.outline();
        this.departments = people.departments();
        this.state = DashboardState.fromQuery(com.vaadin.flow.router.QueryParameters.empty(), alignment.today());
        this.behind = new TacticsBehind(
                alignment, currentUser.get().zone(), new app.throughline.spreadsheet.ui.ExportLink(exports));
        this.tiles = new HealthTiles(
                currentUser.get().zone(),
                behind::show,
                period -> listening.actedOnShare(period.first(), period.last()),
                listening::heardNotActedOnCount);
        addClassName("tl-dashboard");
        setWidthFull();

        title.addClassName("tl-dashboard-title");
        empty.addClassName("tl-empty");
        empty.setVisible(false);
        charts.addClassName("tl-charts");
        charts.setWidthFull();
        add(title, toolbar(), tiles, empty, charts, behind);
    }

    private FlexLayout toolbar() {
        periodKind.setLabel("Period");
        periodKind.setItems(PeriodKind.values());
        periodKind.setItemLabelGenerator(PeriodKind::label);
        periodKind.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                PeriodKind k = e.getValue();
                navigate(state.with(
                        k == PeriodKind.CUSTOM
                                ? ReportPeriod.custom(
                                        state.period().first(), state.period().last())
                                : ReportPeriod.of(k, state.period().first())));
            }
        });
        var previous = new Button(
                VaadinIcon.ANGLE_LEFT.create(),
                e -> navigate(state.with(state.period().previous())));
        previous.setAriaLabel("Previous period");
        previous.setTooltipText("Previous period");
        var next = new Button(
                VaadinIcon.ANGLE_RIGHT.create(),
                e -> navigate(state.with(state.period().next())));
        next.setAriaLabel("Next period");
        next.setTooltipText("Next period");
        var today = new Button(
                "Today",
                e -> navigate(state.with(
                        state.period().kind() == PeriodKind.CUSTOM
                                ? ReportPeriod.of(PeriodKind.QUARTER, alignment.today())
                                : ReportPeriod.of(state.period().kind(), alignment.today()))));
        for (var b : List.of(previous, next, today)) {
            b.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
        var stepper = new HorizontalLayout(previous, today, next);
        stepper.setSpacing(false);
        stepper.addClassName("tl-stepper");

        from.addValueChangeListener(e -> customChanged());
        to.addValueChangeListener(e -> customChanged());

        objective.setItems(objectives);
        objective.setItemLabelGenerator(ObjectiveNode::name);
        objective.setClearButtonVisible(true);
        objective.setPlaceholder("All");
        objective.addValueChangeListener(e -> filterChanged());
        department.setItems(departments);
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        department.setPlaceholder("All");
        department.addValueChangeListener(e -> filterChanged());
        kind.setLabel("Channel kind");
        kind.setItems(ChannelKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "All" : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("All");
        kind.addValueChangeListener(e -> filterChanged());

        var bar = new FlexLayout(periodKind, stepper, from, to, objective, department, kind);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.addClassName("tl-dashboard-toolbar");
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = DashboardState.fromQuery(event.getLocation().getQueryParameters(), alignment.today());
        // an objective or department that does not exist (an old link, a typo) is dropped, so the
        // figures never narrow by something the filters cannot show
        AlignmentFilter f = state.filter();
        boolean knownObjective =
                f.objectiveId() == null || objectives.stream().anyMatch(o -> o.id() == f.objectiveId());
        boolean knownDepartment =
                f.departmentId() == null || departments.stream().anyMatch(d -> d.id() == f.departmentId());
        if (!knownObjective || !knownDepartment) {
            var known = AlignmentFilter.of(
                    knownObjective ? f.objectiveId() : null,
                    knownDepartment ? f.departmentId() : null,
                    f.channelKind());
            event.forwardTo(DashboardView.class, state.with(known).toQuery());
            return;
        }
        refresh();
    }

    private void refresh() {
        updating = true;
        try {
            ReportPeriod period = state.period();
            AlignmentFilter filter = state.filter();
            periodKind.setValue(period.kind());
            boolean custom = period.kind() == PeriodKind.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            from.setValue(period.first());
            to.setValue(period.last());
            objective.setValue(objectives.stream()
                    .filter(o -> Objects.equals(o.id(), filter.objectiveId()))
                    .findFirst()
                    .orElse(null));
            department.setValue(departments.stream()
                    .filter(d -> Objects.equals(d.id(), filter.departmentId()))
                    .findFirst()
                    .orElse(null));
            kind.setValue(filter.channelKind());
        } finally {
            updating = false;
        }
        AlignmentReport report = alignment.report(state.period(), state.filter());
        title.setText("Dashboard · " + state.period().label(Formats.current().locale()));
        tiles.show(report, clock.instant());
        behind.getContent().setVisible(false);
        empty.setVisible(report.isEmpty());
        empty.setText("No tactics are planned in "
                + state.period().label(Formats.current().locale())
                + (state.filter().equals(AlignmentFilter.NONE) ? "" : " with these filters")
                + ". Pick another period or clear the filters.");
        charts.setVisible(!report.isEmpty());
        if (!report.isEmpty()) {
            draw(report);
        }
    }

    private void draw(AlignmentReport report) {
        var specs = List.of(
                DashboardCharts.intentOverTime(report),
                DashboardCharts.kindsPerObjective(report),
                DashboardCharts.participation(report),
                DashboardCharts.modeOverTime(report),
                DashboardCharts.modePerDepartment(report),
                DashboardCharts.modePerObjective(report));
        var sentences = List.of(
                intentSentence(report),
                kindSentence(report),
                participationSentence(report),
                "Conversation is " + percent(report.conversation(), report.total()) + " % of all " + report.total()
                        + " tactics; the rest broadcast.",
                "Which departments talk with people rather than at them.",
                "Which objectives are served by talking with people rather than at them.");
        if (cards.isEmpty()) {
            for (var spec : specs) {
                var card = new ChartCard(spec, behind::show);
                cards.add(card);
                charts.add(card);
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            cards.get(i).show(specs.get(i), sentences.get(i));
        }
    }

    private static String intentSentence(AlignmentReport r) {
        var buckets = r.overTime().stream().filter(b -> b.total() > 0).toList();
        String shift = buckets.size() < 2
                ? ""
                : " Branding went from "
                        + percent(
                                buckets.getFirst().branding(),
                                buckets.getFirst().total())
                        + " % ("
                        + r.period()
                                .label(
                                        buckets.getFirst().bucket(),
                                        Formats.current().locale()) + ") to "
                        + percent(
                                buckets.getLast().branding(), buckets.getLast().total()) + " % ("
                        + r.period()
                                .label(
                                        buckets.getLast().bucket(),
                                        Formats.current().locale()) + ").";
        return "Branding is " + percent(r.branding(), r.total()) + " % of " + r.total() + " tactics, campaigns "
                + percent(r.campaign(), r.total()) + " %." + shift;
    }

    private static String kindSentence(AlignmentReport r) {
        int social = r.objectives().stream()
                .mapToInt(o -> o.byKind().getOrDefault(ChannelKind.SOCIAL, 0))
                .sum();
        int silos = r.health().siloStrategies().size();
        return "Social is " + percent(social, r.total()) + " % of the tactics across "
                + r.objectives().size()
                + " objectives; "
                + (silos == 0 ? "no strategy is" : silos + (silos == 1 ? " strategy is" : " strategies are"))
                + " a silo.";
    }

    private static String participationSentence(AlignmentReport r) {
        return percent(r.socialOutsideCommunications(), r.social()) + " % of " + r.social()
                + " social tactics come from outside the communications team.";
    }

    private void customChanged() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        if (updating || first == null || last == null) {
            return;
        }
        if (last.isBefore(first)) {
            to.setInvalid(true);
            to.setErrorMessage("Ends on or after the first day");
            return;
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(first, last) >= ReportPeriod.MAX_DAYS) {
            to.setInvalid(true);
            to.setErrorMessage("At most five years");
            return;
        }
        to.setInvalid(false);
        navigate(state.with(ReportPeriod.custom(first, last)));
    }

    private void filterChanged() {
        if (updating) {
            return;
        }
        @Nullable ObjectiveNode o = objective.getValue();
        @Nullable Department d = department.getValue();
        navigate(state.with(AlignmentFilter.of(o == null ? null : o.id(), d == null ? null : d.id(), kind.getValue())));
    }

    private void navigate(DashboardState newState) {
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class, newState.toQuery()));
    }

    List<ChartCard> cards() {
        return cards;
    }

    TacticsBehind behind() {
        return behind;
    }

    HealthTiles tiles() {
        return tiles;
    }
}
