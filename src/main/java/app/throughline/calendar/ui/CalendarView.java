package app.throughline.calendar.ui;

import app.throughline.calendar.CalendarEntry;
import app.throughline.calendar.CalendarPage;
import app.throughline.calendar.CalendarPeriod;
import app.throughline.calendar.CalendarPeriod.Layout;
import app.throughline.calendar.CalendarService;
import app.throughline.channel.ChannelService;
import app.throughline.common.UserProblem;
import app.throughline.people.PeopleService;
import app.throughline.calendar.CalendarFilter;
import app.throughline.plan.PlanNode.CampaignNode;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.plan.TacticParent;
import app.throughline.plan.PlanService;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.TacticPolicy;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.tactic.ui.TacticDialogs;
import app.throughline.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The integrated calendar: every tactic of every channel and department on one calendar, so
 * social is seen beside email, PR, events and ads. The period, filters and colouring live in
 * the URL; every change navigates, so links can be shared and the back button works.
 */
@Route("")
@PageTitle("Calendar · Throughline")
@PermitAll
public class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter MONTH_TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TITLE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final CalendarService calendarService;
    private final TacticPolicy policy;
    private final TacticService tactics;
    private final TacticDialogs tacticDialogs;
    private final Clock clock;
    private final CurrentUser user;
    private final ZoneId zone;
    private final List<ObjectiveNode> objectives;
    private final List<Long> objectiveOrder;
    /** The tactics last sent to the browser. */
    private List<CalendarEntry> shown = List.of();

    private final FullCalendar calendar = new FullCalendar();
    private final H2 title = new H2();
    private final Select<Layout> layout = new Select<>();
    private final Select<ColourBy> colourBy = new Select<>();
    private final CalendarFilterBar filters;
    private final CalendarLegend legend = new CalendarLegend();
    private final List<CalendarLegend.Entry> channelColours;
    private final List<CalendarLegend.Entry> objectiveColours;
    private CalendarState state;

    CalendarView(CalendarService calendarService, TacticService tactics, TacticDialogs tacticDialogs,
            TacticPolicy policy, PlanService plan, ChannelService channels, PeopleService people,
            CurrentUserProvider currentUser, Clock clock) {
        this.calendarService = calendarService;
        this.policy = policy;
        this.tactics = tactics;
        this.tacticDialogs = tacticDialogs;
        this.clock = clock;
        this.user = currentUser.get();
        this.zone = user.zone();
        this.objectives = plan.outline();
        this.objectiveOrder = objectives.stream().map(ObjectiveNode::id).toList();
        var allChannels = channels.channels();
        this.channelColours = allChannels.stream()
                .map(c -> new CalendarLegend.Entry(c.name(), c.colour())).toList();
        var byObjective = new java.util.ArrayList<CalendarLegend.Entry>();
        objectives.forEach(o -> byObjective.add(new CalendarLegend.Entry(o.name(),
                CalendarPayload.objectiveColour(o.id(), objectiveOrder))));
        byObjective.add(new CalendarLegend.Entry("Unaligned idea", CalendarPayload.UNALIGNED_COLOUR));
        this.objectiveColours = List.copyOf(byObjective);
        this.filters = new CalendarFilterBar(objectives, allChannels, people.departments(), people.people(),
                filter -> navigate(state.with(filter)));
        addClassName("calendar-view");
        setSizeFull();

        calendar.setSizeFull();
        calendar.addClassName("calendar");
        calendar.addEventDropListener(e -> move(e.tacticId(), e.version(), e.newStart().atZone(zone).toInstant()));
        calendar.addEventClickListener(e -> tacticDialogs.edit(e.tacticId(), this::load));
        calendar.addDateClickListener(e -> planOn(e.allDay() ? e.date().toLocalDate().atTime(9, 0) : e.date()));

        add(toolbar(), filters, legend, calendar);
        setFlexGrow(1, calendar);
    }

    private HorizontalLayout toolbar() {
        var today = new Button("Today", e -> navigate(state.with(new CalendarPeriod(state.period().layout(),
                today()))));
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> navigate(state.with(state.period().previous())));
        previous.setAriaLabel("Previous");
        previous.setTooltipText("Previous");
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> navigate(state.with(state.period().next())));
        next.setAriaLabel("Next");
        next.setTooltipText("Next");
        title.addClassName("calendar-title");

        layout.setItems(Layout.values());
        layout.setItemLabelGenerator(l -> switch (l) {
            case MONTH -> "Month";
            case WEEK -> "Week";
            case LIST -> "List";
        });
        layout.setAriaLabel("View");
        layout.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(state.with(state.period().withLayout(e.getValue())));
            }
        });
        colourBy.setItems(ColourBy.values());
        colourBy.setItemLabelGenerator(c -> "Colour by " + c.label().toLowerCase());
        colourBy.setAriaLabel("Colour by");
        colourBy.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(state.with(e.getValue()));
            }
        });

        var bar = new HorizontalLayout(today, previous, next, title, layout, colourBy);
        if (policy.mayCreate(user)) {
            var plan = new Button("Plan a tactic", VaadinIcon.PLUS.create(), e -> planOn(today().atTime(9, 0)));
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(plan);
        }
        bar.setWidthFull();
        bar.setAlignItems(Alignment.CENTER);
        bar.expand(title);
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = CalendarState.fromQuery(event.getLocation().getQueryParameters(), today());
        filters.show(state.filter());
        layout.setValue(state.period().layout());
        colourBy.setValue(state.colourBy());
        load();
    }

    /** Reads the visible period from the server and hands it to the browser. */
    private void load() {
        CalendarPeriod period = state.period();
        CalendarPage page = calendarService.page(period, state.filter());
        shown = page.entries();
        boolean narrowedToCampaigns = state.filter().campaignId() != null || state.filter().intent() != null;
        calendar.show(period.layout().fullCalendarView(), period.anchor().toString(),
                CalendarPayload.json(page, state.colourBy(), objectiveOrder, this::movable, narrowedToCampaigns));
        legend.show(state.colourBy() == ColourBy.OBJECTIVE ? objectiveColours : channelColours);
        title.setText(switch (period.layout()) {
            case WEEK -> "Week of " + DAY_TITLE.format(period.firstDay());
            default -> MONTH_TITLE.format(period.anchor());
        });
        calendar.getElement().setAttribute("aria-label", title.getText() + ": " + page.entries().size()
                + " tactics");
    }

    private boolean movable(CalendarEntry entry) {
        // an unaligned idea cannot be scheduled, so it cannot be moved either
        return entry.objectiveId() != null && policy.mayEditOwnedBy(user, entry.ownerId());
    }

    private void move(long tacticId, int version, Instant newStart) {
        TacticStatus before = shown.stream().filter(e -> e.id() == tacticId).findFirst()
                .map(CalendarEntry::status).orElse(null);
        try {
            var moved = tactics.reschedule(tacticId, version, newStart);
            String message = "Moved “" + moved.title() + "” to "
                    + DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH).format(newStart.atZone(zone));
            if (before != null && before.approved() && moved.status() == TacticStatus.IN_REVIEW) {
                Notifications.info(message + ". It was approved for its old date, so it went back to review: a coach "
                        + "approves what goes out.");
            } else {
                Notifications.success(message);
            }
        } catch (RuntimeException refused) {
            Notifications.problem(UserProblem.of(refused));
        }
        load(); // a refused move snaps back; an accepted one shows its new version
    }

    /**
     * Plans a tactic at {@code localStart}; under the strategy or campaign the calendar is
     * filtered to, if any (else it starts as an idea that takes the date once it serves one).
     */
    private void planOn(LocalDateTime localStart) {
        if (!policy.mayCreate(user)) {
            return;
        }
        tacticDialogs.create(tacticDialogs.draft(parentFromFilter(), localStart.atZone(zone).toInstant()),
                this::load);
    }

    private @Nullable TacticParent parentFromFilter() {
        CalendarFilter filter = state.filter();
        for (ObjectiveNode objective : objectives) {
            for (StrategyNode strategy : objective.strategies()) {
                for (CampaignNode campaign : strategy.campaigns()) {
                    if (Objects.equals(filter.campaignId(), campaign.id())) {
                        return new TacticParent(strategy.id(), campaign.id(), campaign.name(), campaign.intent());
                    }
                }
                if (filter.campaignId() == null && Objects.equals(filter.strategyId(), strategy.id())) {
                    return new TacticParent(strategy.id(), null, strategy.name(), null);
                }
            }
        }
        return null;
    }

    private void navigate(CalendarState newState) {
        getUI().ifPresent(ui -> ui.navigate(CalendarView.class, newState.toQuery()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
