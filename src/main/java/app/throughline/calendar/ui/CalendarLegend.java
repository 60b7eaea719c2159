package app.throughline.calendar.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;

/** What the colours and styles on the calendar mean: one chip per channel or objective. */
class CalendarLegend extends FlexLayout {

    /** A colour and what it stands for. */
    record Entry(String label, String colour) {}

    CalendarLegend() {
        addClassName("calendar-legend");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.CENTER);
    }

    void show(List<Entry> entries) {
        removeAll();
        for (Entry entry : entries) {
            var swatch = new Span();
            swatch.addClassName("legend-swatch");
            // colours come from the database's validated hex values or a fixed palette, never free text
            swatch.getStyle().setBackgroundColor(entry.colour());
            var chip = new Span(swatch, new Span(entry.label()));
            chip.addClassName("legend-chip");
            add(chip);
        }
        var styles = new Span("Light and dashed: not yet approved · ✓ published · struck through: cancelled");
        styles.addClassName("legend-styles");
        add(styles);
    }
}
