package app.throughline.dashboard.ui;

import app.throughline.alignment.AlignmentService;
import app.throughline.alignment.TacticLine;
import app.throughline.ui.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import java.time.ZoneId;

/**
 * The tactics behind the bar last clicked, read a page at a time with exactly the conditions the
 * bar counts (so the list's length is the bar's figure). A title links to its day on the
 * calendar: nothing on the dashboard changes data.
 */
class TacticsBehind extends Composite<Section> {

    private final AlignmentService alignment;
    private final H2 heading = new H2();
    private final Grid<TacticLine> grid = new Grid<>();

    private final app.throughline.spreadsheet.ui.ExportLink export;

    TacticsBehind(AlignmentService alignment, ZoneId zone, app.throughline.spreadsheet.ui.ExportLink export) {
        this.alignment = alignment;
        this.export = export;
        heading.addClassName("tl-section-title");
        heading.setId("tactics-behind-title");
        var close =
                new Button(VaadinIcon.CLOSE_SMALL.create(), e -> getContent().setVisible(false));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close the list");
        var top = new HorizontalLayout(heading, export, close);
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(t -> Formats.current().dateTime(t.start(), zone))
                .setHeader("Starts")
                .setAutoWidth(true);
        grid.addComponentColumn(t -> HealthTiles.calendarDayLink(
                        t.title(), t.start().atZone(zone).toLocalDate()))
                .setHeader("Title (opens its day in the calendar)")
                .setFlexGrow(3);
        grid.addColumn(TacticLine::channel).setHeader("Channel").setAutoWidth(true);
        grid.addColumn(TacticLine::owner).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(t -> t.department() == null ? "" : t.department())
                .setHeader("Department")
                .setAutoWidth(true);
        grid.addColumn(t -> t.status().label()).setHeader("Status").setAutoWidth(true);
        grid.setHeight("360px");
        grid.getElement().setAttribute("aria-labelledby", "tactics-behind-title");
        getContent().addClassName("tl-tactics-behind");
        getContent().setWidthFull();
        getContent().add(top, grid);
        getContent().setVisible(false);
    }

    void show(Slice slice) {
        int count = alignment.countTactics(slice.period(), slice.filter());
        heading.setText(slice.label() + ": " + count + (count == 1 ? " tactic" : " tactics"));
        grid.setItems(DataProvider.fromCallbacks(
                q -> alignment.tactics(slice.period(), slice.filter(), q.getOffset(), q.getLimit()).stream(),
                q -> alignment.countTactics(slice.period(), slice.filter())));
        export.showDashboard(slice.period(), slice.filter());
        getContent().setVisible(true);
        getContent().scrollIntoView();
    }

    Grid<TacticLine> grid() {
        return grid;
    }

    String heading() {
        return heading.getText();
    }
}
