package app.throughline.calendar.ui;

import app.throughline.calendar.CalendarEntry;
import app.throughline.calendar.CalendarPage;
import app.throughline.calendar.CalendarPage.MoreOnDay;
import app.throughline.calendar.CampaignBand;
import app.throughline.plan.Intent;
import app.throughline.tactic.TacticStatus;
import app.throughline.ui.Colours;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a calendar page into the events the browser component draws: one per tactic drawn, in
 * the viewer's wall-clock time, coloured by channel or objective with text that stays readable,
 * a light tint while tentative; a "+N more" per day holding more than is drawn; and a band per
 * time-boxed campaign (always-on branding themes would cover every day, so they get a band only
 * when the calendar is narrowed to them).
 */
final class CalendarPayload {

    static final String UNALIGNED_COLOUR = "#757575";
    private static final List<String> OBJECTIVE_PALETTE =
            List.of("#1e88e5", "#e53935", "#43a047", "#8e24aa", "#fb8c00", "#00897b", "#6d4c41", "#3949ab");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The order the grid stacks a day's events in: bands, then tactics by start, then "+N more". */
    private static final int BAND = 0;

    private static final int TACTIC = 1;
    private static final int MORE = 2;

    private CalendarPayload() {}

    /** The colour of each objective when colouring by objective: a fixed palette in plan order. */
    static String objectiveColour(Long objectiveId, List<Long> objectiveIdsInOrder) {
        int index = objectiveId == null ? -1 : objectiveIdsInOrder.indexOf(objectiveId);
        return index < 0 ? UNALIGNED_COLOUR : OBJECTIVE_PALETTE.get(index % OBJECTIVE_PALETTE.size());
    }

    static String json(
            CalendarPage page,
            ColourBy colourBy,
            List<Long> objectiveIdsInOrder,
            Predicate<CalendarEntry> movable,
            boolean bands,
            boolean brandingBands) {
        var events = new ArrayList<Map<String, Object>>(
                page.entries().size() + page.bands().size() + page.more().size());
        for (CampaignBand band : bands ? page.bands() : List.<CampaignBand>of()) {
            if (band.intent() == Intent.CAMPAIGN || brandingBands) {
                events.add(band(band));
            }
        }
        for (CalendarEntry entry : page.entries()) {
            events.add(tactic(entry, page.zone(), colourBy, objectiveIdsInOrder, movable.test(entry)));
        }
        for (MoreOnDay more : page.more()) {
            events.add(more(more));
        }
        return JSON.writeValueAsString(events);
    }

    private static Map<String, Object> tactic(
            CalendarEntry e, ZoneId zone, ColourBy colourBy, List<Long> objectiveIdsInOrder, boolean movable) {
        var event = new LinkedHashMap<String, Object>();
        event.put("id", "t" + e.id());
        event.put("title", e.channelName() + " · " + e.title());
        event.put("start", LocalDateTime.ofInstant(e.start(), zone).toString());
        if (e.end() != null) {
            event.put("end", LocalDateTime.ofInstant(e.end(), zone).toString());
        }
        String colour = colourBy == ColourBy.OBJECTIVE
                ? objectiveColour(e.objectiveId(), objectiveIdsInOrder)
                : e.channelColour();
        // tentative work is a light tint with dark text and a dashed edge in the colour; fixed work is solid
        String background = e.status().tentative() || e.status() == TacticStatus.CANCELLED
                ? Colours.tint(colour, 0.18)
                : Colours.readableBackground(colour);
        event.put("backgroundColor", background);
        event.put("borderColor", colour);
        event.put("textColor", Colours.textOn(background));
        var classes = new ArrayList<String>();
        classes.add("tactic");
        classes.add("status-" + e.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (e.status().tentative()) {
            classes.add("tentative");
        }
        event.put("classNames", classes);
        event.put("startEditable", movable && e.status() != TacticStatus.PUBLISHED);
        event.put("order", TACTIC);
        event.put(
                "extendedProps",
                Map.of("version", e.version(), "status", e.status().label()));
        return event;
    }

    private static Map<String, Object> band(CampaignBand band) {
        var event = new LinkedHashMap<String, Object>();
        event.put("id", "c" + band.id());
        event.put("title", band.name());
        event.put("start", band.startsOn().toString());
        event.put("end", band.endsOn().plusDays(1).toString());
        event.put("allDay", true);
        event.put("display", "block");
        String background = Colours.tint(band.colour(), 0.25);
        event.put("backgroundColor", background);
        event.put("borderColor", band.colour());
        event.put("textColor", Colours.textOn(background));
        event.put("classNames", List.of("campaign-band"));
        event.put("editable", false);
        // a band is a backdrop, not something to act on: no tab stop
        event.put("interactive", false);
        event.put("order", BAND);
        return event;
    }

    private static Map<String, Object> more(MoreOnDay more) {
        var event = new LinkedHashMap<String, Object>();
        event.put("id", "m" + more.day());
        event.put("title", "+" + more.hidden() + " more");
        event.put("start", more.day().toString());
        event.put("allDay", true);
        event.put("display", "block");
        event.put("classNames", List.of("more-link"));
        event.put("editable", false);
        event.put("order", MORE);
        return event;
    }
}
