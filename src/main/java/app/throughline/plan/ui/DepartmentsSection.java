package app.throughline.plan.ui;

import app.throughline.alignment.AlignmentReport.DepartmentMix;
import app.throughline.alignment.AlignmentReport.Health;
import app.throughline.alignment.AlignmentRules;
import app.throughline.alignment.ReportPeriod;
import app.throughline.plan.ChannelMix;
import app.throughline.ui.Responsive;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The departments' tactics this quarter: how many, on which channel kinds, how much of it is
 * conversation, and which department is a silo. The same for every role, and read-only.
 */
class DepartmentsSection extends Composite<VerticalLayout> {

    private final H2 heading = new H2("Departments this quarter");
    private final Paragraph note = new Paragraph();
    private final Grid<DepartmentMix> grid = new Grid<>();
    private Health health = HealthBadges.NONE;

    DepartmentsSection() {
        grid.addColumn(DepartmentMix::name).setHeader("Department").setFlexGrow(2);
        var team = grid.addColumn(d -> d.communicationsTeam() ? "yes" : "—")
                .setHeader("Communications team")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DepartmentMix::total)
                .setHeader("Tactics")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var mix = grid.addColumn(d -> new ChannelMix(d.byKind()).summary())
                .setHeader("Channel mix")
                .setFlexGrow(2)
                .setTooltipGenerator(d -> new ChannelMix(d.byKind()).summary());
        grid.addColumn(d -> AlignmentRules.percent(d.conversation(), d.total()) + "%")
                .setHeader("Conversation share")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(d -> HealthBadges.department(d.id(), health))
                .setHeader("Warnings")
                .setKey("warnings")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(d -> HealthBadges.departmentWhy(d.id(), health));
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("plan-departments");
        Responsive.onWidth(grid, width -> {
            boolean wide = width <= 0 || width >= Responsive.NARROW;
            team.setVisible(wide);
            mix.setVisible(wide);
        });
        note.setVisible(false);
        var content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(heading, note, grid);
    }

    /** Shows the departments of {@code period}; with {@code warningsOnly}, only the silos. */
    void show(ReportPeriod period, List<DepartmentMix> departments, Health newHealth, boolean warningsOnly) {
        this.health = newHealth;
        heading.setText("Departments this quarter (" + period.label() + ")");
        List<DepartmentMix> shown = warningsOnly
                ? departments.stream()
                        .filter(d -> HealthBadges.isSiloDepartment(d.id(), newHealth))
                        .toList()
                : departments;
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        note.setVisible(shown.isEmpty());
        note.setText(
                warningsOnly
                        ? "No department works on a single channel kind in " + period.label() + "."
                        : "No tactics planned in " + period.label() + " yet.");
    }
}
