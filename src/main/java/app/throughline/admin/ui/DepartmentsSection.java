package app.throughline.admin.ui;

import app.throughline.admin.AdminService;
import app.throughline.admin.DepartmentEntry;
import app.throughline.common.UserProblem;
import app.throughline.ui.Notifications;
import app.throughline.ui.Responsive;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * The departments: create, rename, mark as communications team, and delete one nothing refers to;
 * when something does, the refusal says what (shown above the list, and read out).
 */
class DepartmentsSection extends Composite<Section> {

    private final AdminService admin;
    private final Grid<DepartmentEntry> grid = new Grid<>();
    private final Div problem = new Div();

    DepartmentsSection(AdminService admin) {
        this.admin = admin;
        grid.addColumn(DepartmentEntry::name).setHeader("Department").setFlexGrow(2);
        var team = grid.addColumn(d -> d.communicationsTeam() ? "yes" : "no")
                .setHeader("Communications team")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var people = grid.addColumn(DepartmentEntry::people)
                .setHeader("People")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var tactics = grid.addColumn(DepartmentEntry::tactics)
                .setHeader("Tactics")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader("Change")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("admin-departments");
        Responsive.onWidth(grid, width -> {
            boolean wide = width <= 0 || width >= Responsive.NARROW;
            List.of(team, people, tactics).forEach(column -> column.setVisible(wide));
        });
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        var create = new Button("New department", VaadinIcon.PLUS.create(), e -> edit(DepartmentEntry.blank()));
        var section = getContent();
        section.setWidthFull();
        section.add(
                new H2("Departments"),
                new Paragraph("The parts of the organisation people and tactics belong to. A department is deleted "
                        + "only when no person and no tactic refers to it any more."),
                new HorizontalLayout(create),
                problem,
                grid);
        refresh();
    }

    private Component actions(DepartmentEntry department) {
        var edit = new Button("Edit", e -> edit(department));
        edit.getElement().setAttribute("aria-label", "Edit “" + department.name() + "”");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var delete = new Button("Delete", e -> confirmDelete(department));
        delete.getElement().setAttribute("aria-label", "Delete “" + department.name() + "”");
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    private void edit(DepartmentEntry department) {
        problem.setVisible(false);
        new DepartmentDialog(department, admin::saveDepartment, saved -> refresh()).open();
    }

    private void confirmDelete(DepartmentEntry department) {
        problem.setVisible(false);
        var confirm = new ConfirmDialog();
        confirm.setHeader("Delete the department “" + department.name() + "”?");
        confirm.setText("It is gone for good; the audit keeps a record of it.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete(department));
        confirm.open();
    }

    private void delete(DepartmentEntry department) {
        try {
            Long id = department.id();
            admin.deleteDepartment(id == null ? -1 : id, department.version());
            Notifications.success("Deleted department “" + department.name() + "”");
        } catch (RuntimeException refused) {
            String why = UserProblem.of(refused).message();
            problem.setText("“" + department.name() + "” was not deleted. " + why);
            problem.setVisible(true);
        }
        refresh();
    }

    /** Reads the departments again. */
    void refresh() {
        grid.setItems(admin.departments());
    }
}
