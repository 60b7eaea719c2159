package app.throughline.coaching.ui;

import app.throughline.channel.Channel;
import app.throughline.channel.ChannelService;
import app.throughline.coaching.CoachingService;
import app.throughline.coaching.ReviewEntry;
import app.throughline.coaching.ReviewFilter;
import app.throughline.coaching.ReviewService;
import app.throughline.common.UserProblem;
import app.throughline.people.Department;
import app.throughline.people.PeopleService;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.tactic.ui.TacticNavigation;
import app.throughline.ui.Formats;
import app.throughline.ui.MenuBadges;
import app.throughline.ui.Notifications;
import app.throughline.ui.Responsive;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The review queue: tactics waiting in review, the longest-waiting first, filtered by department
 * and channel (in the URL: {@code review?department=3&channel=5}), approved or sent back from the
 * row; and the look back at what trained contributors approved themselves in the last 30 days,
 * where a coach leaves a note afterwards. The services check every step again.
 */
@Route("review")
@PageTitle("Review · Throughline")
@RolesAllowed({"ADMIN", "STRATEGIST", "MARKETER", "COACH"})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    private static final String DEPARTMENT = "department";
    private static final String CHANNEL = "channel";

    private final ReviewService review;
    private final TacticService tactics;
    private final CoachingService coaching;
    private final Clock clock;
    private final ZoneId zone;

    private final ComboBox<Department> department = new ComboBox<>("Department");
    private final ComboBox<Channel> channel = new ComboBox<>("Channel");
    private final Grid<ReviewEntry> queue = new Grid<>();
    private final Grid<ReviewEntry> lookBack = new Grid<>();
    /** Rows fetched at a time. */
    static final int PAGE = 20;
    /** The reviewer: their own tactics get no "Send back" (they withdraw them in the composer). */
    private final long me;

    private final CallbackDataProvider<ReviewEntry, Void> queueData;
    private ReviewFilter filter = ReviewFilter.ALL;

    ReviewView(
            ReviewService review,
            TacticService tactics,
            CoachingService coaching,
            PeopleService people,
            ChannelService channels,
            CurrentUserProvider currentUser,
            Clock clock) {
        this.review = review;
        this.tactics = tactics;
        this.coaching = coaching;
        this.clock = clock;
        this.zone = currentUser.get().zone();
        this.me = currentUser.get().personId();
        this.queueData = DataProvider.fromCallbacks(
                query -> review.queue(filter, query.getOffset(), query.getLimit()).stream(),
                query -> review.queueSize(filter));
        setWidthFull();
        addClassName("review-view");

        department.setItems(people.departments());
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        department.setPlaceholder("Every department");
        channel.setItems(channels.channels());
        channel.setItemLabelGenerator(Channel::name);
        channel.setClearButtonVisible(true);
        channel.setPlaceholder("Every channel");
        department.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        channel.addValueChangeListener(e -> filterChanged(e.isFromClient()));

        // two sections on one page rather than tabs: Vaadin's tab strip fails axe's
        // aria-required-children check, and a coach reads both lists together anyway
        var waiting = new Section(new H2("Waiting for review"), queueSection());
        var lookingBack = new Section(new H2("Look back"), lookBackSection());
        waiting.setWidthFull();
        lookingBack.setWidthFull();
        add(new H1("Review"), waiting, lookingBack);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        // not from the client: the URL already says it
        department.setValue(find(query, DEPARTMENT, department, Department::id).orElse(null));
        channel.setValue(find(query, CHANNEL, channel, Channel::id).orElse(null));
    }

    // --- waiting for review -------------------------------------------------------------------

    private Component queueSection() {
        var filters = new HorizontalLayout(department, channel);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        queue.addComponentColumn(this::titleLink)
                .setHeader("Tactic")
                .setKey("title")
                .setWidth("18rem")
                .setFlexGrow(3)
                .setTooltipGenerator(ReviewEntry::title);
        var author = queue.addColumn(ReviewEntry::author).setHeader("Author").setAutoWidth(true);
        var dept = queue.addColumn(ReviewView::departmentOf)
                .setHeader("Department")
                .setAutoWidth(true);
        var chan = queue.addColumn(ReviewEntry::channel).setHeader("Channel").setAutoWidth(true);
        var planned = queue.addColumn(this::planned)
                .setHeader("Planned")
                .setKey("planned")
                .setAutoWidth(true);
        queue.addColumn(e -> waited(e.since(), clock.instant()))
                .setHeader("Waiting for")
                .setKey("waited")
                .setAutoWidth(true);
        queue.addComponentColumn(this::queueActions)
                .setHeader("Review")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // a page the size of a screen: each row holds a link and two buttons, built on the server
        queue.setPageSize(PAGE);
        queue.setItems(queueData);
        queue.setEmptyStateText("Nothing is waiting for review");
        queue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        queue.setSelectionMode(Grid.SelectionMode.NONE);
        queue.setHeight("26rem");
        queue.addClassName("review-queue");
        Responsive.onWidth(queue, width -> {
            boolean wide = width <= 0 || width >= Responsive.NARROW;
            List.of(author, dept, chan, planned).forEach(column -> column.setVisible(wide));
        });

        var section = new VerticalLayout(
                new Paragraph("Drafts their authors sent for review, the longest-waiting first. "
                        + "Approve them, or send them back saying what to change."),
                filters,
                queue);
        section.setPadding(false);
        section.setWidthFull();
        return section;
    }

    private Component queueActions(ReviewEntry entry) {
        var approve = new Button("Approve", e -> approve(entry));
        approve.getElement().setAttribute("aria-label", "Approve “" + entry.title() + "”");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.setDisableOnClick(true);
        var sendBack = new Button("Send back", e -> sendBack(entry));
        sendBack.getElement().setAttribute("aria-label", "Send back “" + entry.title() + "”");
        sendBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
        sendBack.setVisible(entry.ownerId() != me);
        var actions = new HorizontalLayout(approve, sendBack);
        actions.setSpacing(true);
        actions.setPadding(false);
        return actions;
    }

    private void approve(ReviewEntry entry) {
        try {
            tactics.changeStatus(entry.tacticId(), entry.version(), TacticStatus.APPROVED);
            Notifications.success("Approved “" + entry.title() + "”");
        } catch (RuntimeException refused) {
            told(UserProblem.of(refused), entry);
        }
        stepTaken();
    }

    private void sendBack(ReviewEntry entry) {
        new CommentDialog(
                        "Send back “" + entry.title() + "”",
                        "Say what to change. " + entry.author()
                                + " sees your comment with the tactic, which becomes a draft again.",
                        "What to change",
                        "Send back",
                        comment -> coaching.sendBack(entry.tacticId(), entry.version(), comment),
                        () -> {
                            Notifications.success("Sent “" + entry.title() + "” back to " + entry.author());
                            stepTaken();
                        },
                        problem -> {
                            told(problem, entry);
                            stepTaken();
                        })
                .open();
    }

    /** A conflict here means another reviewer (or the author) acted first: say so in those words. */
    private static void told(UserProblem problem, ReviewEntry entry) {
        if (problem.kind() == UserProblem.Kind.CONFLICT) {
            Notifications.warning("Someone else acted on “" + entry.title()
                    + "” while you looked at it, so nothing was changed. The list now shows where things stand.");
        } else {
            Notifications.problem(problem);
        }
    }

    private void stepTaken() {
        queueData.refreshAll();
        lookBack.getDataProvider().refreshAll();
        MenuBadges.refresh();
    }

    private void filterChanged(boolean fromClient) {
        Department d = department.getValue();
        Channel c = channel.getValue();
        filter = new ReviewFilter(d == null ? null : d.id(), c == null ? null : c.id());
        queueData.refreshAll();
        if (fromClient) {
            Map<String, String> query = new HashMap<>();
            if (d != null) {
                query.put(DEPARTMENT, Long.toString(d.id()));
            }
            if (c != null) {
                query.put(CHANNEL, Long.toString(c.id()));
            }
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(null, new Location("review", QueryParameters.simple(query))));
        }
    }

    // --- look back ----------------------------------------------------------------------------

    private Component lookBackSection() {
        lookBack.addComponentColumn(this::titleLink)
                .setHeader("Tactic")
                .setKey("title")
                .setWidth("18rem")
                .setFlexGrow(3)
                .setTooltipGenerator(ReviewEntry::title);
        var author = lookBack.addColumn(ReviewEntry::author).setHeader("Author").setAutoWidth(true);
        var dept = lookBack.addColumn(ReviewView::departmentOf)
                .setHeader("Department")
                .setAutoWidth(true);
        var chan = lookBack.addColumn(ReviewEntry::channel).setHeader("Channel").setAutoWidth(true);
        lookBack.addColumn(e -> Formats.current().dateTime(e.since(), zone))
                .setHeader("Approved")
                .setKey("approved")
                .setAutoWidth(true);
        lookBack.addComponentColumn(this::noteButton)
                .setHeader("Follow-up")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // read a page at a time as the coach scrolls; the list has no count of its own
        lookBack.setPageSize(PAGE);
        lookBack.setItems(
                query -> review.lookBack(query.getOffset(), query.getLimit()).stream(), query -> review.lookBackSize());
        lookBack.setEmptyStateText("No trained contributor approved their own tactic in the last 30 days");
        lookBack.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        lookBack.setSelectionMode(Grid.SelectionMode.NONE);
        lookBack.setHeight("20rem");
        lookBack.addClassName("review-look-back");
        Responsive.onWidth(lookBack, width -> {
            boolean wide = width <= 0 || width >= Responsive.NARROW;
            List.of(author, dept, chan).forEach(column -> column.setVisible(wide));
        });

        var section = new VerticalLayout(
                new Paragraph("What trained contributors approved themselves, without waiting for a "
                        + "review, in the last 30 days, newest first. A note afterwards is a suggestion: it "
                        + "changes nothing about the tactic."),
                lookBack);
        section.setPadding(false);
        section.setWidthFull();
        return section;
    }

    private Component noteButton(ReviewEntry entry) {
        var note = new Button("Leave a note", e -> leaveNote(entry));
        note.getElement().setAttribute("aria-label", "Leave a note on “" + entry.title() + "”");
        note.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return note;
    }

    private void leaveNote(ReviewEntry entry) {
        new CommentDialog(
                        "A note on “" + entry.title() + "”",
                        entry.author() + " sees your note with the tactic. It changes nothing else.",
                        "Note",
                        "Leave the note",
                        text -> coaching.comment(entry.tacticId(), text),
                        () -> Notifications.success("Note left on “" + entry.title() + "”"),
                        Notifications::problem)
                .open();
    }

    // --- shared -------------------------------------------------------------------------------

    /** The tactic's title, opening its composer (set as text: a title is never HTML). */
    private Button titleLink(ReviewEntry entry) {
        // a button the size of a touch target (WCAG 2.5.8), opening the composer with "Close" back here
        var link = new Button(entry.title(), e -> TacticNavigation.open(entry.tacticId()));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        link.addClassName("review-title");
        return link;
    }

    private String planned(ReviewEntry entry) {
        Instant start = entry.plannedStart();
        return start == null ? "No date yet" : Formats.current().dateTime(start, zone);
    }

    private static String departmentOf(ReviewEntry entry) {
        return entry.department() == null ? "—" : entry.department();
    }

    /** How long something has waited, in the largest whole unit: "3 days", "5 hours", "1 minute". */
    static String waited(Instant since, Instant now) {
        Duration waited = Duration.between(since, now);
        if (waited.toDays() > 0) {
            return plural(waited.toDays(), "day");
        }
        if (waited.toHours() > 0) {
            return plural(waited.toHours(), "hour");
        }
        if (waited.toMinutes() > 0) {
            return plural(waited.toMinutes(), "minute");
        }
        return "Just now";
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    private static <T> Optional<T> find(QueryParameters query, String name, ComboBox<T> box, ToLongFunction<T> id) {
        return query.getSingleParameter(name)
                .flatMap(ReviewView::parse)
                .flatMap(wanted -> box.getListDataView()
                        .getItems()
                        .filter(item -> id.applyAsLong(item) == wanted)
                        .findFirst());
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.valueOf(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
