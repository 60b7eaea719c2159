package app.throughline.calendar.ui;

import app.throughline.calendar.CalendarPeriod;
import app.throughline.calendar.CalendarPeriod.Layout;
import app.throughline.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The calendar's one toolbar row: today, back, forward, the period's title, the layout, the
 * colouring, the campaign bands, the filters (behind a button that counts them, so the grid
 * starts high on the page) and "Plan a tactic". Every change navigates, so it lands in the URL.
 */
class CalendarToolbar extends FlexLayout {

    private final H1 title = new H1();
    private final Select<Layout> layout = new Select<>();
    private final Select<ColourBy> colourBy = new Select<>();
    private final Checkbox campaigns = new Checkbox("Campaigns");
    private final Button filters = new Button("Filters", VaadinIcon.FILTER.create());
    private final Supplier<CalendarState> state;
    private final app.throughline.spreadsheet.ui.ExportLink export;
    private final Consumer<CalendarState> navigate;

    CalendarToolbar(
            Supplier<CalendarState> state,
            Consumer<CalendarState> navigate,
            Supplier<LocalDate> today,
            CalendarFilterBar filterBar,
            app.throughline.spreadsheet.ui.ExportLink export,
            @Nullable Runnable plan) {
        this.export = export;
        this.state = state;
        this.navigate = navigate;
        addClassName("calendar-toolbar");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.CENTER);

        var todayButton = new Button(
                "Today", e -> go(s -> s.with(new CalendarPeriod(s.period().layout(), today.get()))));
        var previous = new Button(
                VaadinIcon.ANGLE_LEFT.create(), e -> go(s -> s.with(s.period().previous())));
        previous.setAriaLabel("Previous");
        previous.setTooltipText("Previous");
        var next = new Button(
                VaadinIcon.ANGLE_RIGHT.create(), e -> go(s -> s.with(s.period().next())));
        next.setAriaLabel("Next");
        next.setTooltipText("Next");
        title.addClassName("calendar-title");

        layout.setItems(Layout.values());
        layout.setItemLabelGenerator(l -> switch (l) {
            case MONTH -> "Month";
            case WEEK -> "Week";
            case LIST -> "List";
            case DAY -> "Day";
        });
        layout.setAriaLabel("View");
        layout.setWidth("7.5rem");
        layout.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(s -> s.with(s.period().withLayout(e.getValue())));
            }
        });
        colourBy.setItems(ColourBy.values());
        colourBy.setItemLabelGenerator(c -> "Colour by " + c.label().toLowerCase(Locale.ROOT));
        colourBy.setAriaLabel("Colour by");
        colourBy.setWidth("12.5rem");
        colourBy.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(s -> s.with(e.getValue()));
            }
        });
        campaigns.setTooltipText("Show campaigns as bands behind their days");
        campaigns.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(s -> s.withCampaigns(e.getValue()));
            }
        });

        filters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var popover = new Popover(filterBar);
        popover.setTarget(filters);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel("Filters");
        popover.addClassName("calendar-filters-popover");

        add(todayButton, previous, next, title, layout, colourBy, campaigns, filters, export);
        if (plan != null) {
            var planButton = new Button("Plan a tactic", VaadinIcon.PLUS.create(), e -> plan.run());
            planButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            planButton.addClassName("plan-tactic");
            add(planButton);
        }
    }

    /** Shows {@code shown} without reporting it back as a change. */
    void show(CalendarState shown) {
        CalendarPeriod period = shown.period();
        layout.setValue(period.layout());
        colourBy.setValue(shown.colourBy());
        campaigns.setValue(shown.campaigns());
        campaigns.setVisible(period.layout().grid());
        colourBy.setVisible(period.layout().grid());
        int active = shown.filter().size();
        filters.setText(active == 0 ? "Filters" : "Filters (" + active + ")");
        title.setText(title(period));
        export.showCalendar(period, shown.filter());
    }

    String title() {
        return title.getText();
    }

    static String title(CalendarPeriod period) {
        return switch (period.layout()) {
            case WEEK -> "Week of " + Formats.current().date(period.firstDay());
            case DAY -> Formats.current().fullDay(period.anchor());
            default -> Formats.current().monthYear(YearMonth.from(period.anchor()));
        };
    }

    private void go(UnaryOperator<CalendarState> change) {
        navigate.accept(change.apply(state.get()));
    }
}
