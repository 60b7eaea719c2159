package app.throughline.share.ui;

import app.throughline.calendar.CalendarPeriod;
import app.throughline.calendar.CalendarPeriod.Layout;
import app.throughline.calendar.ui.FullCalendar;
import app.throughline.feed.FeedEntry;
import app.throughline.share.ShareLinkService;
import app.throughline.share.SharedCalendar;
import app.throughline.share.SharedTactic;
import app.throughline.tactic.TacticStatus;
import app.throughline.ui.Colours;
import app.throughline.ui.Formats;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /shared/{token}?month=2027-03}: the read-only calendar a share link opens, for someone
 * without an account. Outside the app's layout (no menu); nothing on it writes (no drag, no
 * composer link); a click shows a tactic's title, channel, date and, if the link allows, its body
 * as plain text. An expired, revoked or unknown link shows only that (DD018).
 */
@Route(value = "shared/:token", autoLayout = false)
@AnonymousAllowed
public class SharedCalendarView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** A day draws at most this many tactics; "+N more" lists the rest. */
    static final int PER_DAY = 4;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ShareLinkService links;
    private String title = "Shared calendar · Throughline";
    private String token = "";

    SharedCalendarView(ShareLinkService links) {
        this.links = links;
        addClassName("shared-calendar-view");
        getStyle().set("padding", "var(--lumo-space-m)").set("display", "block");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        SharedCalendar shared = links.open(token);
        if (!shared.open()) {
            closed(shared.state());
            return;
        }
        ZoneId zone = shared.zone();
        YearMonth month = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("month")
                .flatMap(SharedCalendarView::month)
                .orElse(YearMonth.now(zone));
        show(shared, month);
    }

    private void closed(SharedCalendar.State state) {
        String heading = switch (state) {
            case EXPIRED -> "This link has expired";
            case REVOKED -> "This link was revoked";
            default -> "This link does not exist";
        };
        title = heading + " · Throughline";
        var message = new Div(
                new H1(heading),
                new Paragraph("The calendar it showed is no longer shared through it. Ask the person who sent it "
                        + "for a new link."));
        message.addClassName("share-closed");
        add(message);
    }

    private void show(SharedCalendar shared, YearMonth month) {
        title = shared.label() + " · Shared calendar · Throughline";
        Formats formats = Formats.current();
        var period = new CalendarPeriod(Layout.MONTH, month.atDay(1));
        ZoneId zone = shared.zone();
        List<FeedEntry> tactics = links.tactics(token, period.from(zone), period.to(zone));

        var previous = new Button("Previous month", e -> go(month.minusMonths(1)));
        var today = new Button("This month", e -> go(YearMonth.now(zone)));
        var next = new Button("Next month", e -> go(month.plusMonths(1)));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        today.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var toolbar = new HorizontalLayout(previous, today, next, new H2(formats.monthYear(month)));
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        var calendar = new FullCalendar();
        calendar.setWidthFull();
        calendar.addClassName("shared-calendar");
        Map<LocalDate, List<FeedEntry>> byDay = byDay(tactics, period, zone);
        calendar.show("dayGridMonth", month.atDay(1).toString(), json(byDay, zone));
        calendar.addEventClickListener(e -> showTactic(e.tacticId(), zone));
        calendar.addDayOpenListener(e -> showDay(e.day(), byDay.getOrDefault(e.day(), List.of()), zone));

        add(
                new H1(shared.label()),
                new Paragraph("A read-only calendar shared from Throughline, open until "
                        + formats.date(shared.expiresOn()) + ". Times in " + zone.getId() + "; "
                        + formats.number(tactics.size()) + " tactics this month."),
                toolbar,
                calendar);
    }

    private void go(YearMonth month) {
        getUI().ifPresent(ui -> ui.navigate(
                SharedCalendarView.class,
                new com.vaadin.flow.router.RouteParameters("token", token),
                QueryParameters.of("month", month.toString())));
    }

    /** Each day's tactics by start: a tactic belongs to the day it starts on, or to the first day on screen. */
    private static Map<LocalDate, List<FeedEntry>> byDay(List<FeedEntry> tactics, CalendarPeriod period, ZoneId zone) {
        var days = new TreeMap<LocalDate, List<FeedEntry>>();
        for (FeedEntry t : tactics) {
            LocalDate day = LocalDate.ofInstant(t.start(), zone);
            if (day.isBefore(period.firstDay())) {
                day = period.firstDay();
            }
            days.computeIfAbsent(day, d -> new ArrayList<>()).add(t);
        }
        return days;
    }

    private static String json(Map<LocalDate, List<FeedEntry>> byDay, ZoneId zone) {
        var events = new ArrayList<Map<String, Object>>();
        for (var day : byDay.entrySet()) {
            List<FeedEntry> all = day.getValue();
            for (FeedEntry t : all.subList(0, Math.min(PER_DAY, all.size()))) {
                var event = new LinkedHashMap<String, Object>();
                event.put("id", "t" + t.id());
                event.put("title", t.channelName() + " · " + t.title());
                event.put("start", LocalDateTime.ofInstant(t.start(), zone).toString());
                if (t.end() != null) {
                    event.put("end", LocalDateTime.ofInstant(t.end(), zone).toString());
                }
                String background = t.status().tentative() || t.status() == TacticStatus.CANCELLED
                        ? Colours.tint(t.channelColour(), 0.18)
                        : Colours.readableBackground(t.channelColour());
                event.put("backgroundColor", background);
                event.put("borderColor", t.channelColour());
                event.put("textColor", Colours.textOn(background));
                event.put("classNames", List.of("tactic"));
                // read-only: nothing moves, nothing resizes
                event.put("editable", false);
                event.put("startEditable", false);
                event.put("order", 1);
                event.put("extendedProps", Map.of("status", t.status().label()));
                events.add(event);
            }
            if (all.size() > PER_DAY) {
                var more = new LinkedHashMap<String, Object>();
                more.put("id", "m" + day.getKey());
                more.put("title", "+" + (all.size() - PER_DAY) + " more");
                more.put("start", day.getKey().toString());
                more.put("allDay", true);
                more.put("display", "block");
                more.put("classNames", List.of("more-link"));
                more.put("editable", false);
                more.put("order", 2);
                events.add(more);
            }
        }
        return JSON.writeValueAsString(events);
    }

    private void showTactic(long tacticId, ZoneId zone) {
        var found = links.tactic(token, tacticId);
        if (found.isEmpty()) {
            return;
        }
        SharedTactic tactic = found.get();
        FeedEntry e = tactic.entry();
        var dialog = new Dialog();
        dialog.setHeaderTitle(e.title());
        dialog.setWidth("min(36rem, 95vw)");
        dialog.add(new Paragraph(e.channelName() + " · " + e.status().label() + " · "
                + Formats.current().dateTime(e.start(), zone)));
        if (tactic.body() != null && !tactic.body().isBlank()) {
            var body = new Div(new Text(tactic.body()));
            body.addClassName("shared-tactic-body");
            body.getStyle().set("white-space", "pre-wrap");
            dialog.add(body);
        }
        var close = new Button("Close", c -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void showDay(LocalDate day, List<FeedEntry> tactics, ZoneId zone) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(Formats.current().fullDay(day));
        var list = new UnorderedList();
        for (FeedEntry t : tactics) {
            list.add(new ListItem(Formats.current()
                            .time(LocalDateTime.ofInstant(t.start(), zone).toLocalTime()) + " · " + t.channelName()
                    + " · " + t.title()));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button("Close", c -> dialog.close()));
        dialog.open();
    }

    private static java.util.Optional<YearMonth> month(String text) {
        try {
            return java.util.Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException malformed) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
