package app.throughline.calendar.ui;

import app.throughline.calendar.CalendarEntry;
import app.throughline.calendar.CalendarFilter;
import app.throughline.calendar.CalendarPeriod;
import app.throughline.calendar.CalendarPeriod.Layout;
import app.throughline.calendar.CalendarService;
import app.throughline.ui.Formats;
import app.throughline.ui.Responsive;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.LongConsumer;

/**
 * The calendar's list layouts (a month, or one day): every tactic of the period in start order,
 * read a page at a time as the person scrolls, so a month of 8,000 tactics stays light (DD007).
 * A row opens its tactic on a click, or on Space or Enter from the keyboard.
 */
class TacticList extends Grid<CalendarEntry> {

    private final CalendarService calendar;
    private final Column<CalendarEntry> when;
    private Layout layout = Layout.LIST;

    TacticList(CalendarService calendar, ZoneId zone, LongConsumer open) {
        this.calendar = calendar;
        addClassName("tactic-list");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        when = addColumn(e -> layout == Layout.DAY
                        ? Formats.current().time(e.start().atZone(zone).toLocalTime())
                        : Formats.current().weekdayDayMonthTime(e.start().atZone(zone)))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var channel = addColumn(new ComponentRenderer<>(TacticList::channel))
                .setHeader("Channel")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var title = addColumn(CalendarEntry::title)
                .setHeader("Tactic")
                .setFlexGrow(1)
                .setTooltipGenerator(CalendarEntry::title);
        var status = addColumn(e -> e.status().label())
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
        // on a phone: when and what, the channel named in the title; the status is in the tactic's form
        var compactTitle = addColumn(e -> e.channelName() + " · " + e.title())
                .setHeader("Tactic")
                .setFlexGrow(1);
        compactTitle.setVisible(false);
        Responsive.onWidth(this, width -> {
            boolean narrow = width > 0 && width < Responsive.NARROW;
            channel.setVisible(!narrow);
            title.setVisible(!narrow);
            status.setVisible(!narrow);
            compactTitle.setVisible(narrow);
        });
        setSelectionMode(SelectionMode.SINGLE);
        asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                open.accept(e.getValue().id());
                asSingleSelect().clear();
            }
        });
        setAllRowsVisible(false);
    }

    /** Shows the period's tactics, read lazily, from {@code today} on when the period holds it. */
    void show(CalendarPeriod period, CalendarFilter filter, LocalDate today) {
        this.layout = period.layout();
        when.setHeader(layout == Layout.DAY ? "Time" : "When");
        setItems(
                query -> calendar.list(period, filter, query.getOffset(), query.getLimit()).stream(),
                query -> calendar.count(period, filter));
        if (period.layout() == Layout.LIST && !today.isBefore(period.firstDay()) && today.isBefore(period.endDay())) {
            scrollToIndex(calendar.position(period, filter, today));
        }
    }

    private static Span channel(CalendarEntry entry) {
        var swatch = new Span();
        swatch.addClassName("legend-swatch");
        // colours come from the database's validated hex values, never free text
        swatch.getStyle().setBackgroundColor(entry.channelColour());
        var name = new Span(entry.channelName());
        var cell = new Span(swatch, name);
        cell.addClassName("legend-chip");
        cell.getElement().setAttribute("title", entry.channelKind().label());
        return cell;
    }
}
