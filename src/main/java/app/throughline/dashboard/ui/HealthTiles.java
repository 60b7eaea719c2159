package app.throughline.dashboard.ui;

import app.throughline.alignment.AlignmentFilter;
import app.throughline.alignment.AlignmentReport;
import app.throughline.alignment.AlignmentReport.Health;
import app.throughline.alignment.AlignmentReport.Starved;
import app.throughline.alignment.AlignmentRules;
import app.throughline.alignment.ReportPeriod;
import app.throughline.calendar.ui.CalendarView;
import app.throughline.listening.ActedOnShare;
import app.throughline.plan.ui.PlanView;
import app.throughline.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The alignment health as five numbers (the fifth, "listening acted on", comes from the
 * listening log), each a button that opens the list behind it below the
 * tiles; every entry in a list links to its tactics on the calendar.
 */
class HealthTiles extends Composite<Section> {

    enum Tile {
        UNALIGNED,
        SILO_STRATEGIES,
        SILO_DEPARTMENTS,
        STARVED,
        LISTENING
    }

    private final Div tiles = new Div();
    private final Div details = new Div();
    private @Nullable Tile open;
    private @Nullable AlignmentReport report;
    private Instant now = Instant.EPOCH;
    private final ZoneId zone;
    private final Consumer<Slice> onSlice;
    private final Function<ReportPeriod, ActedOnShare> actedOn;
    private final IntSupplier notActedOn;
    private @Nullable ActedOnShare listening;

    /**
     * @param zone the viewer's, for "today"
     * @param onSlice lists the tactics a silo counts
     * @param actedOn the "listening acted on" figure of a period
     * @param notActedOn how many insights are "heard, not acted on" today
     */
    HealthTiles(
            ZoneId zone,
            Consumer<Slice> onSlice,
            Function<ReportPeriod, ActedOnShare> actedOn,
            IntSupplier notActedOn) {
        this.zone = zone;
        this.onSlice = onSlice;
        this.actedOn = actedOn;
        this.notActedOn = notActedOn;
        var heading = new H2("Alignment health");
        heading.addClassName("tl-section-title");
        tiles.addClassName("tl-tiles");
        details.addClassName("tl-tile-details");
        details.getElement().setAttribute("aria-live", "polite");
        getContent().add(heading, tiles, details);
        getContent().setWidthFull();
    }

    void show(AlignmentReport newReport, Instant newNow) {
        this.report = newReport;
        this.now = newNow;
        Health h = newReport.health();
        ActedOnShare heard = actedOn.apply(newReport.period());
        this.listening = heard;
        tiles.removeAll();
        tiles.add(
                tile(Tile.UNALIGNED, h.unalignedIdeas(), "unaligned ideas", oldest(h)),
                tile(
                        Tile.SILO_STRATEGIES,
                        h.siloStrategies().size(),
                        "silo strategies",
                        "in " + newReport.period().label(Formats.current().locale())),
                tile(
                        Tile.SILO_DEPARTMENTS,
                        h.siloDepartments().size(),
                        "silo departments",
                        "in " + newReport.period().label(Formats.current().locale())),
                tile(Tile.STARVED, h.starvedObjectives().size(), "starved objectives", "nothing in the next 28 days"),
                tile(
                        Tile.LISTENING,
                        heard.percent().isPresent()
                                ? Formats.current().percent(heard.share().orElseThrow())
                                : "–",
                        "listening acted on",
                        heard.heard() == 0
                                ? "nothing heard in "
                                        + newReport
                                                .period()
                                                .label(Formats.current().locale())
                                : Formats.current().number(heard.actedOn()) + " of "
                                        + Formats.current().number(heard.heard()) + " insights",
                        false));
        showDetails(open);
    }

    private String oldest(Health h) {
        Instant oldest = h.oldestUnalignedIdea();
        return oldest == null
                ? "none waiting"
                : "oldest: " + AlignmentRules.age(oldest, zone, LocalDate.ofInstant(now, zone));
    }

    private Component tile(Tile tile, int count, String what, String detail) {
        // "1 silo strategy", "2 silo strategies"
        return tile(
                tile,
                Formats.current().number(count),
                count == 1 ? singular(what) : what,
                detail,
                count > 0 && tile != Tile.UNALIGNED);
    }

    private Component tile(Tile tile, String figure, String what, String detail, boolean warning) {
        var number = new Span(figure);
        number.addClassName("tl-tile-number");
        var label = new Span(what);
        label.addClassName("tl-tile-label");
        var sub = new Span(detail);
        sub.addClassName("tl-tile-detail");
        var button = new Button();
        button.getElement().appendChild(number.getElement(), label.getElement(), sub.getElement());
        button.addClassName("tl-tile");
        button.addClassName(warning ? "tl-tile-warning" : "tl-tile-plain");
        button.setId("tile-" + tile.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        button.getElement().setAttribute("aria-expanded", String.valueOf(open == tile));
        button.addClickListener(e -> {
            open = open == tile ? null : tile;
            show(report(), now);
            // the tiles were drawn again: give the keyboard back its place
            tiles.getChildren()
                    .filter(c -> c.getId().equals(button.getId()))
                    .findFirst()
                    .ifPresent(c -> ((Button) c).focus());
        });
        return button;
    }

    private static String singular(String plural) {
        return plural.endsWith("ies")
                ? plural.substring(0, plural.length() - 3) + "y"
                : plural.substring(0, plural.length() - 1);
    }

    private AlignmentReport report() {
        return java.util.Objects.requireNonNull(report);
    }

    private void showDetails(@Nullable Tile tile) {
        details.removeAll();
        if (tile == null) {
            return;
        }
        AlignmentReport r = report();
        ReportPeriod period = r.period();
        Health h = r.health();
        switch (tile) {
            case UNALIGNED -> {
                details.add(new Paragraph(
                        h.unalignedIdeas() == 0
                                ? "No unaligned ideas: every tactic serves a strategy."
                                : h.unalignedIdeas() + " ideas hang under no strategy (" + oldest(h)
                                        + "). Link them to a strategy in the plan."));
                details.add(new RouterLink("Open the unaligned ideas in the plan", PlanView.class));
            }
            case SILO_STRATEGIES ->
                details.add(list(
                        h.siloStrategies(),
                        "No strategy in " + period.label(Formats.current().locale())
                                + " runs on a single channel kind.",
                        s -> sliceButton(
                                s.name() + " (" + s.why() + ")",
                                new Slice(s.name(), period, AlignmentFilter.NONE.withStrategy(s.id())))));
            case SILO_DEPARTMENTS ->
                details.add(list(
                        h.siloDepartments(),
                        "No department in " + period.label(Formats.current().locale())
                                + " works on a single channel kind.",
                        s -> sliceButton(
                                s.name() + " (" + s.why() + ")",
                                new Slice(s.name(), period, AlignmentFilter.NONE.withDepartment(s.id())))));
            case STARVED ->
                details.add(list(
                        h.starvedObjectives(),
                        "Every running objective has something planned in the next 28 days.",
                        (Starved s) -> calendarLink(
                                s.name() + " (" + Starved.why() + ")",
                                LocalDate.ofInstant(now, zone),
                                Map.of("objective", s.id()))));
            case LISTENING -> {
                ActedOnShare heard = java.util.Objects.requireNonNull(listening);
                int waiting = notActedOn.getAsInt();
                details.add(new Paragraph(
                        heard.heard() == 0
                                ? "No insight was heard in "
                                        + period.label(Formats.current().locale()) + "."
                                : Formats.current().number(heard.actedOn()) + " of "
                                        + Formats.current().number(heard.heard())
                                        + " insights heard in "
                                        + period.label(Formats.current().locale())
                                        + " are linked to a tactic or strategy they changed."));
                details.add(new Paragraph(
                        waiting == 0
                                ? "Nothing heard more than 30 days ago is waiting without a link."
                                : Formats.current().number(waiting) + (waiting == 1 ? " insight was" : " insights were")
                                        + " heard more than 30 days ago and not acted on."));
                details.add(anchorTo(
                        "insights", Map.of("notActedOn", "yes"), "Open “heard, not acted on” in the listening log"));
            }
        }
        if (tile != Tile.UNALIGNED && tile != Tile.LISTENING) {
            details.add(planWarningsLink());
        }
    }

    /** The plan with only the nodes that carry a warning (this quarter's, as the plan counts them). */
    private static Component planWarningsLink() {
        return anchorTo("plan", Map.of("warnings", "only"), "See this quarter's warnings in the plan");
    }

    private static <T> Component list(List<T> items, String whenEmpty, Function<T, Component> link) {
        if (items.isEmpty()) {
            return new Paragraph(whenEmpty);
        }
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(link.apply(item))));
        return list;
    }

    /** A link to the calendar's day list of {@code day}. */
    static Component calendarDayLink(String text, java.time.LocalDate day) {
        return calendarAnchor(text, Map.of("view", "day", "date", day.toString()));
    }

    /** A button that lists, below, exactly the tactics a silo counts. */
    private Component sliceButton(String text, Slice slice) {
        var button = new Button(text, e -> onSlice.accept(slice));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    /** A link to the calendar's list of the period with one filter (NO_DEPARTMENT has no calendar filter). */
    static Component calendarLink(String text, LocalDate day, Map<String, Long> filter) {
        var params = new java.util.LinkedHashMap<String, String>();
        params.put("view", "list");
        params.put("date", day.toString());
        filter.forEach((k, v) -> params.put(k, String.valueOf(v)));
        return calendarAnchor(text, params);
    }

    private static Component anchorTo(String route, Map<String, String> params, String text) {
        return new com.vaadin.flow.component.html.Anchor(
                route + "?" + QueryParameters.simple(params).getQueryString(), text);
    }

    private static Component calendarAnchor(String text, Map<String, String> params) {
        String url = RouteConfiguration.forSessionScope().getUrl(CalendarView.class) + "?"
                + QueryParameters.simple(params).getQueryString();
        return new com.vaadin.flow.component.html.Anchor(url.startsWith("/") ? url.substring(1) : url, text);
    }
}
