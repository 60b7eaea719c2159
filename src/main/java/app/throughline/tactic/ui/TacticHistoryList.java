package app.throughline.tactic.ui;

import app.throughline.tactic.HistoryEntry;
import app.throughline.ui.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A tactic's history in the composer: every status change and edit, newest first (when, who, what). */
class TacticHistoryList extends Composite<Section> {

    private final ZoneId zone;
    private final UnorderedList lines = new UnorderedList();
    private final Paragraph empty = new Paragraph("Nothing recorded yet.");
    /** How many of the newest lines the history opens with. */
    static final int RECENT = 20;

    private boolean showAll;

    TacticHistoryList(ZoneId zone) {
        this.zone = zone;
        getContent().addClassName("tactic-history");
        lines.addClassName("tactic-history-lines");
        lines.getStyle().set("padding-left", "0").set("list-style", "none").set("margin", "0");
        getContent().add(new H2("History"), empty, lines);
    }

    /** Shows {@code entries}, newest first as the service gives them. */
    void show(List<HistoryEntry> entries) {
        lines.removeAll();
        empty.setVisible(entries.isEmpty());
        // the newest lines first; a long history shows the rest on request
        List<HistoryEntry> shown = showAll || entries.size() <= RECENT ? entries : entries.subList(0, RECENT);
        for (HistoryEntry entry : shown) {
            var when = new Span(when(entry.at(), zone));
            when.addClassName("history-when");
            var who = new Span(entry.who() == null ? "The system" : entry.who());
            who.addClassName("history-who");
            var what = new Span(entry.what());
            what.addClassName("history-what");
            var line = new ListItem(when, new Span(" · "), who, new Span(": "), what);
            line.addClassName("history-line");
            lines.add(line);
        }
        if (shown.size() < entries.size()) {
            var more = new Button("Show " + (entries.size() - shown.size()) + " older lines", e -> {
                showAll = true;
                show(entries);
            });
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            lines.add(new ListItem(more));
        }
    }

    static String when(Instant at, ZoneId zone) {
        return Formats.current().dateTime(at, zone);
    }
}
