package app.throughline.calendar.ui;

import app.throughline.calendar.CalendarEntry;
import app.throughline.calendar.CalendarFilter;
import app.throughline.calendar.CalendarPage;
import app.throughline.calendar.CalendarPeriod;
import app.throughline.calendar.CalendarPeriod.Layout;
import app.throughline.calendar.CalendarService;
import app.throughline.channel.ChannelService;
import app.throughline.common.UserProblem;
import app.throughline.people.PeopleService;
import app.throughline.plan.PlanNode.CampaignNode;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.plan.PlanService;
import app.throughline.plan.TacticParent;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.TacticPolicy;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.tactic.ui.TacticNavigation;
import app.throughline.ui.Formats;
import app.throughline.ui.Notifications;
import app.throughline.ui.Responsive;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The integrated calendar: every tactic of every channel and department on one calendar, so
 * social is seen beside email, PR, events and ads. The period, filters and colouring live in
 * the URL; every change navigates, so links can be shared and the back button works, and the
 * last calendar a person looked at comes back when they return to it. Grids draw a few tactics
 * a day with "+N more"; the lists hold every tactic, read as they scroll (DD007).
 */
@Route("")
@PageTitle("Calendar · Throughline")
@PermitAll
public class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    private static final String LAST_STATE = CalendarView.class.getName() + ".last";

    private final CalendarService calendarService;
    private final TacticPolicy policy;
    private final TacticService tactics;
    private final Clock clock;
    private final CurrentUser user;
    private final ZoneId zone;
    private final List<ObjectiveNode> objectives;
    private final List<Long> objectiveOrder;

    private final FullCalendar calendar = new FullCalendar();
    private final TacticList list;
    private final CalendarToolbar toolbar;
    private final CalendarFilterBar filters;
    private final FlexLayout chips = new FlexLayout();
    private final Paragraph empty = new Paragraph();
    private final CalendarLegend legend = new CalendarLegend();
    private final List<CalendarLegend.Entry> channelColours;
    private final List<CalendarLegend.Entry> objectiveColours;
    private CalendarState state;
    /** The tactics last sent to the browser's grid. */
    private List<CalendarEntry> shown = List.of();

    CalendarView(
            CalendarService calendarService,
            TacticService tactics,
            TacticPolicy policy,
            PlanService plan,
            ChannelService channels,
            PeopleService people,
            CurrentUserProvider currentUser,
            Clock clock,
            app.throughline.spreadsheet.ExportService exports) {
        this.calendarService = calendarService;
        this.policy = policy;
        this.tactics = tactics;
        this.clock = clock;
        this.user = currentUser.get();
        this.zone = user.zone();
        this.objectives = plan.outline();
        this.objectiveOrder = objectives.stream().map(ObjectiveNode::id).toList();
        this.state = CalendarState.fromQuery(QueryParameters.empty(), today());
        var allChannels = channels.channels();
        this.channelColours = allChannels.stream()
                .map(c -> new CalendarLegend.Entry(c.name(), c.colour()))
                .toList();
        var byObjective = new ArrayList<CalendarLegend.Entry>();
        objectives.forEach(o -> byObjective.add(
                new CalendarLegend.Entry(o.name(), CalendarPayload.objectiveColour(o.id(), objectiveOrder))));
        byObjective.add(new CalendarLegend.Entry("Unaligned idea", CalendarPayload.UNALIGNED_COLOUR));
        this.objectiveColours = List.copyOf(byObjective);
        this.filters = new CalendarFilterBar(
                objectives, allChannels, people.departments(), people.people(), filter -> navigate(state.with(filter)));
        this.toolbar = new CalendarToolbar(
                () -> state,
                this::navigate,
                this::today,
                filters,
                new app.throughline.spreadsheet.ui.ExportLink(exports),
                policy.mayCreate(user) ? this::planFromToolbar : null);
        this.list = new TacticList(calendarService, zone, TacticNavigation::open);
        addClassName("calendar-view");
        // the page scrolls as a whole: a month grid grows with its content, the lists have their own height
        setWidthFull();

        calendar.setWidthFull();
        calendar.addClassName("calendar");
        calendar.addEventDropListener(
                e -> move(e.tacticId(), e.version(), e.newStart().atZone(zone).toInstant()));
        calendar.addEventClickListener(e -> TacticNavigation.open(e.tacticId()));
        calendar.addDateClickListener(
                e -> planOn(e.allDay() ? e.date().toLocalDate().atTime(9, 0) : e.date()));
        calendar.addDayOpenListener(e -> navigate(state.with(new CalendarPeriod(Layout.DAY, e.day()))));
        chips.addClassName("filter-chips");
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        empty.addClassName("calendar-empty");
        list.setWidthFull();

        add(toolbar, chips, empty, calendar, list, legend);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        VaadinSession session = event.getUI().getSession();
        if (query.getParameters().isEmpty() && session.getAttribute(LAST_STATE) instanceof String last) {
            // back from another view: the calendar as the person left it, filters included
            event.forwardTo(CalendarView.class, QueryParameters.fromString(last));
            return;
        }
        state = CalendarState.fromQuery(query, today());
        if (!query.getParameters().isEmpty()) {
            // what the person chose, not what was defaulted (a phone's list comes once the width is known)
            session.setAttribute(LAST_STATE, query.getQueryString());
        }
        show();
        if (!CalendarState.namesLayout(query)) {
            preferListWhenNarrow(event.getUI());
        }
    }

    /** Reads what the period holds from the server and shows it. */
    private void show() {
        CalendarPeriod period = state.period();
        toolbar.show(state);
        filters.show(state.filter());
        chips.removeAll();
        List<Button> active = filters.chips();
        if (!active.isEmpty()) {
            var clear = new Button("Clear all", e -> filters.clearAll());
            clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            chips.add(active.toArray(Button[]::new));
            chips.add(clear);
        }
        chips.setVisible(!active.isEmpty());
        boolean grid = period.layout().grid();
        calendar.setVisible(grid);
        list.setVisible(!grid);
        legend.setVisible(grid);
        int total;
        if (grid) {
            CalendarPage page = calendarService.page(period, state.filter());
            shown = page.entries();
            total = page.total();
            boolean narrowedToCampaigns =
                    state.filter().campaignId() != null || state.filter().intent() != null;
            calendar.show(
                    Objects.requireNonNull(period.layout().fullCalendarView()),
                    period.anchor().toString(),
                    CalendarPayload.json(
                            page,
                            state.colourBy(),
                            objectiveOrder,
                            this::movable,
                            state.campaigns(),
                            narrowedToCampaigns));
            calendar.getElement().setAttribute("aria-label", toolbar.title() + ": " + total + " tactics");
            legend.show(state.colourBy() == ColourBy.OBJECTIVE ? objectiveColours : channelColours);
        } else {
            shown = List.of();
            list.show(period, state.filter(), today());
            total = calendarService.count(period, state.filter());
        }
        showEmpty(total);
    }

    /** Says so when nothing is there, instead of an empty grid. */
    private void showEmpty(int total) {
        empty.removeAll();
        empty.setVisible(total == 0);
        if (total > 0) {
            return;
        }
        String when = CalendarToolbar.title(state.period());
        if (state.filter().size() > 0) {
            var clear = new Button("Clear filters", e -> filters.clearAll());
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            empty.add("No tactics match these filters in " + when + ". ");
            empty.add(clear);
        } else {
            empty.setText("Nothing is planned for " + when + " yet.");
        }
    }

    private void preferListWhenNarrow(UI ui) {
        Responsive.width(ui, width -> {
            if (width > 0
                    && width < Responsive.NARROW
                    && state.period().layout().grid()) {
                state = state.with(state.period().withLayout(Layout.LIST));
                ui.getPage().getHistory().replaceState(null, new Location("", state.toQuery()));
                ui.getSession().setAttribute(LAST_STATE, state.toQuery().getQueryString());
                show();
            }
        });
    }

    private boolean movable(CalendarEntry entry) {
        // an unaligned idea cannot be scheduled, so it cannot be moved either
        return entry.objectiveId() != null && policy.mayEditOwnedBy(user, entry.ownerId());
    }

    private void move(long tacticId, int version, Instant newStart) {
        TacticStatus before = shown.stream()
                .filter(e -> e.id() == tacticId)
                .findFirst()
                .map(CalendarEntry::status)
                .orElse(null);
        try {
            var moved = tactics.reschedule(tacticId, version, newStart);
            String message =
                    "Moved “" + moved.title() + "” to " + Formats.current().weekdayDayMonthTime(newStart.atZone(zone));
            if (before != null && before.approved() && moved.status() == TacticStatus.IN_REVIEW) {
                Notifications.info(message + ". It was approved for its old date, so it went back to review: a coach "
                        + "approves what goes out.");
            } else {
                Notifications.success(message);
            }
        } catch (RuntimeException refused) {
            Notifications.problem(UserProblem.of(refused));
        }
        show(); // a refused move snaps back; an accepted one shows its new version
    }

    /** The toolbar's "Plan a tactic": on the day shown in the day list, else today, at 09:00. */
    private void planFromToolbar() {
        LocalDate day = state.period().layout() == Layout.DAY ? state.period().anchor() : today();
        planOn(day.atTime(9, 0));
    }

    /**
     * Plans a tactic at {@code localStart}; under the strategy or campaign the calendar is
     * filtered to, if any (else it starts as an idea that takes the date once it serves one).
     */
    private void planOn(LocalDateTime localStart) {
        if (!policy.mayCreate(user)) {
            return;
        }
        TacticNavigation.create(parentFromFilter(), localStart);
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
