package app.throughline.admin.ui;

import app.throughline.admin.CreatedPerson;
import app.throughline.admin.PersonAdminService;
import app.throughline.admin.PersonEntry;
import app.throughline.common.UserProblem;
import app.throughline.people.Department;
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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The people: find them, create one (the first password is shown once), change their roles and
 * details, disable and enable them, reset a password. Refusals (the last admin, oneself) show
 * above the list and are read out; the service checks every call again.
 */
class PeopleSection extends Composite<Section> {

    private final PersonAdminService people;
    private final Supplier<List<Department>> departments;
    private final long me;
    private final ZoneId myZone;
    private final Grid<PersonEntry> grid = new Grid<>();
    private final TextField filter = new TextField("Find people");
    private final Div problem = new Div();

    PeopleSection(PersonAdminService people, Supplier<List<Department>> departments, long me, ZoneId myZone) {
        this.people = people;
        this.departments = departments;
        this.me = me;
        this.myZone = myZone;
        grid.addColumn(PersonEntry::login).setHeader("Login").setAutoWidth(true);
        grid.addColumn(PersonEntry::displayName).setHeader("Name").setFlexGrow(2);
        var department = grid.addColumn(p -> p.departmentName() == null ? "" : p.departmentName())
                .setHeader("Department")
                .setAutoWidth(true);
        var roles = grid.addColumn(p ->
                        p.roles().stream().sorted().map(PersonDialog::roleLabel).collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setAutoWidth(true);
        grid.addColumn(p -> p.enabled() ? "yes" : "no")
                .setHeader("Enabled")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var mustChange = grid.addColumn(p -> p.mustChangePassword() ? "yes" : "no")
                .setHeader("Must change password")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader("Change")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setHeight("30rem");
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("admin-people");
        grid.setItems(
                query -> people.people(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> people.peopleCount(filter.getValue()));
        Responsive.onWidth(grid, width -> {
            boolean wide = width <= 0 || width >= Responsive.NARROW;
            List.of(department, roles, mustChange).forEach(column -> column.setVisible(wide));
        });

        filter.setPlaceholder("Login, name or department");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        var create = new Button("New person", VaadinIcon.PLUS.create(), e -> create());
        var tools = new HorizontalLayout(filter, create);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        var section = getContent();
        section.setWidthFull();
        section.add(
                new H2("People"),
                new Paragraph("Who may sign in, and with which roles. A new person gets a password shown to you once; "
                        + "they choose their own when they first sign in. A disabled person cannot sign in; their "
                        + "tactics stay theirs."),
                tools,
                problem,
                grid);
    }

    private Component actions(PersonEntry person) {
        var edit = small(new Button("Edit", e -> edit(person)), "Edit", person);
        Button toggle = person.enabled()
                ? small(new Button("Disable", e -> confirmDisable(person)), "Disable", person)
                : small(new Button("Enable", e -> enable(person)), "Enable", person);
        var reset = small(new Button("Reset password", e -> confirmReset(person)), "Reset the password of", person);
        Long id = person.id();
        boolean myself = id != null && id == me;
        // the server refuses both for oneself; the buttons say so before anyone tries
        toggle.setEnabled(!myself || !person.enabled());
        reset.setEnabled(!myself);
        if (person.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return new HorizontalLayout(edit, toggle, reset);
    }

    private static Button small(Button button, String action, PersonEntry person) {
        button.getElement().setAttribute("aria-label", action + " “" + person.displayName() + "”");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void create() {
        problem.setVisible(false);
        var password = new AtomicReference<String>();
        new PersonDialog(
                        PersonEntry.blank(myZone.getId()),
                        departments.get(),
                        (person, submission) -> {
                            CreatedPerson created = people.create(person);
                            password.set(created.password());
                            return created.person();
                        },
                        created -> {
                            refresh();
                            new OneTimePasswordDialog(
                                            "Created “" + created.displayName() + "”",
                                            created.displayName(),
                                            created.login(),
                                            password.getAndSet(""))
                                    .open();
                        })
                .open();
    }

    private void edit(PersonEntry person) {
        problem.setVisible(false);
        new PersonDialog(person, departments.get(), (edited, submission) -> people.save(edited), saved -> refresh())
                .open();
    }

    private void confirmDisable(PersonEntry person) {
        problem.setVisible(false);
        var confirm = new ConfirmDialog();
        confirm.setHeader("Disable “" + person.displayName() + "”?");
        confirm.setText("They can no longer sign in, and the sessions they have open end now. Their tactics and "
                + "plans stay theirs, shown as “" + person.displayName() + " (disabled)”. You can enable them again.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Disable");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(person, "was not disabled", () -> {
            people.disable(id(person), person.version());
            Notifications.success("Disabled “" + person.displayName() + "”");
        }));
        confirm.open();
    }

    private void enable(PersonEntry person) {
        problem.setVisible(false);
        act(person, "was not enabled", () -> {
            people.enable(id(person), person.version());
            Notifications.success("Enabled “" + person.displayName() + "”: they can sign in again");
        });
    }

    private void confirmReset(PersonEntry person) {
        problem.setVisible(false);
        var confirm = new ConfirmDialog();
        confirm.setHeader("Reset the password of “" + person.displayName() + "”?");
        confirm.setText("They get a new password, shown to you once. The sessions they have open end now, and they "
                + "choose a password of their own when they next sign in.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Reset password");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(person, "kept the old password", () -> {
            String password = people.resetPassword(id(person), person.version());
            new OneTimePasswordDialog(
                            "New password for “" + person.displayName() + "”",
                            person.displayName(),
                            person.login(),
                            password)
                    .open();
        }));
        confirm.open();
    }

    private void act(PersonEntry person, String notDone, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException refused) {
            problem.setText("“" + person.displayName() + "” " + notDone + ". "
                    + UserProblem.of(refused).message());
            problem.setVisible(true);
        }
        refresh();
    }

    private static long id(PersonEntry person) {
        Long id = person.id();
        return id == null ? -1 : id;
    }

    /** Reads the people again. */
    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
