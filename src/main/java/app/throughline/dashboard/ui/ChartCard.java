package app.throughline.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart with its title, a one-line answer in words, and the same figures as a table (toggled;
 * read by screen readers), as CSV and as PNG. A click on a bar hands its {@link Slice} on.
 */
class ChartCard extends Composite<Section> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EChart chart = new EChart();
    /** The table's rows by their index in the spec (two rows may hold the same text). */
    private final Grid<Integer> table = new Grid<>();

    private final Consumer<Slice> onSlice;
    private final Button tableToggle = new Button("Show table", VaadinIcon.TABLE.create());
    private final Paragraph answer = new Paragraph();
    private final H2 title = new H2();
    private final Anchor csv = new Anchor();
    private ChartSpec spec;

    ChartCard(ChartSpec spec, Consumer<Slice> onSlice) {
        this.spec = spec;
        this.onSlice = onSlice;
        var section = getContent();
        section.addClassName("tl-chart-card");
        title.addClassName("tl-chart-title");
        answer.addClassName("tl-chart-answer");
        chart.setWidthFull();
        chart.setHeight("320px");
        chart.getElement().setAttribute("role", "img");
        chart.addItemClickListener(
                e -> this.spec.click().apply(e.series(), e.category()).ifPresent(onSlice));

        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.setVisible(false);
        tableToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tableToggle.addClickListener(e -> {
            table.setVisible(!table.isVisible());
            tableToggle.setText(table.isVisible() ? "Hide table" : "Show table");
        });
        var png =
                new Button("Save PNG", VaadinIcon.PICTURE.create(), e -> chart.savePng(this.spec.fileName() + ".png"));
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        csv.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span("Download CSV"));
        csv.addClassName("tl-download");
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = this.spec.csv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), this.spec.fileName() + ".csv", "text/csv", bytes.length);
        }));
        csv.getElement().setAttribute("download", true);

        var actions = new HorizontalLayout(tableToggle, csv, png);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setSpacing(true);
        actions.addClassName("tl-chart-actions");
        section.add(title, answer, new Div(chart), actions, table);
        show(spec, answer.getText());
    }

    /** Draws {@code newSpec}; {@code sentence} answers the chart's question in words. */
    void show(ChartSpec newSpec, String sentence) {
        this.spec = newSpec;
        title.setText(newSpec.title());
        answer.setText(sentence);
        chart.getElement()
                .setAttribute("aria-label", newSpec.title() + ". " + sentence + " The table below has the figures.");
        chart.show(JSON.writeValueAsString(newSpec.option()));
        table.removeAllColumns();
        List<String> columns = newSpec.columns();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            table.addColumn(index -> {
                        List<String> row = newSpec.rows().get(index);
                        return column < row.size() ? row.get(column) : "";
                    })
                    .setHeader(columns.get(i))
                    .setAutoWidth(true);
        }
        List<Slice> slices = newSpec.rowSlices();
        if (!slices.isEmpty()) {
            table.addComponentColumn(i -> {
                        var list = new Button("List tactics", e -> onSlice.accept(slices.get(i)));
                        list.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                        list.setAriaLabel(
                                "List the tactics of " + newSpec.rows().get(i).getFirst());
                        return list;
                    })
                    .setHeader("Tactics")
                    .setKey("tactics")
                    .setAutoWidth(true);
        }
        table.setItems(java.util.stream.IntStream.range(0, newSpec.rows().size())
                .boxed()
                .toList());
    }

    EChart chart() {
        return chart;
    }

    Grid<Integer> table() {
        return table;
    }

    /** The rows the table shows, in order. */
    List<List<String>> tableRows() {
        return table.getGenericDataView().getItems().map(spec.rows()::get).toList();
    }

    Optional<Slice> click(String series, String category) {
        return spec.click().apply(series, category);
    }
}
