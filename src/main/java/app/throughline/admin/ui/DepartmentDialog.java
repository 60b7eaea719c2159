package app.throughline.admin.ui;

import app.throughline.admin.DepartmentEntry;
import app.throughline.ui.EditDialog;
import app.throughline.ui.FieldRules;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Creates a department, or renames one and says whether it is part of the communications team. */
class DepartmentDialog extends EditDialog<DepartmentEntry> {

    DepartmentDialog(DepartmentEntry department, Saver<DepartmentEntry> save, Consumer<DepartmentEntry> onSaved) {
        super(department.id() == null ? "New department" : "Edit department", DepartmentEntry.class, save, onSaved);
        var name = field("name", new TextField("Name"));
        name.setHelperText("For example: Customer Service");
        var team = new Checkbox("Communications team");
        team.setHelperText("Its job is communication (such as Marketing or PR): the dashboard counts how much of "
                + "social is done outside these departments");

        binder.forField(name)
                .asRequired("Name is required")
                .withValidator(FieldRules.maxLength("Name", DepartmentEntry.NAME_MAX))
                .bind("name");
        binder.forField(team).bind("communicationsTeam");
        carry("id", "version", "people", "tactics");

        form.add(name, 2);
        form.add(team, 2);
        read(department);
    }

    @Override
    protected String savedMessage(DepartmentEntry saved) {
        return "Saved department “" + saved.name() + "”";
    }
}
