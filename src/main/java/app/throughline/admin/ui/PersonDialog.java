package app.throughline.admin.ui;

import app.throughline.admin.PersonAdminService;
import app.throughline.admin.PersonEntry;
import app.throughline.people.Department;
import app.throughline.security.Role;
import app.throughline.ui.EditDialog;
import app.throughline.ui.FieldRules;
import app.throughline.ui.Formats;
import app.throughline.ui.Pickers;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Creates a person (their first password is generated on the server and shown once, after the
 * save), or changes a person's name, department, roles, time zone and locale. The login is fixed
 * once created. Each rule shows next to its field, the server's verdict too (a login taken).
 */
class PersonDialog extends EditDialog<PersonEntry> {

    /** The languages and regions offered; none chosen means "follow the browser". */
    static final List<String> LOCALES = List.of(
            "en-GB", "en-US", "de-DE", "de-CH", "de-AT", "fr-FR", "fr-CH", "it-IT", "it-CH", "es-ES", "nl-NL", "pt-BR",
            "sv-SE", "da-DK", "nb-NO", "fi-FI", "pl-PL", "ja-JP");

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{3,64}");

    PersonDialog(
            PersonEntry person, List<Department> departments, Saver<PersonEntry> save, Consumer<PersonEntry> onSaved) {
        super(person.id() == null ? "New person" : "Edit person", PersonEntry.class, save, onSaved);
        boolean creating = person.id() == null;

        var login = field("login", new TextField("Login"));
        login.setHelperText(
                creating ? "What they sign in with: a-z, 0-9, dot, underscore, hyphen" : "Fixed once created");
        login.setReadOnly(!creating);
        var name = field("displayName", new TextField("Name"));
        name.setHelperText("As others see it, for example: Ada Lovelace");
        var department = field("departmentId", new ComboBox<Department>("Department", departments));
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        department.setPlaceholder("No department");
        var roles = field("roles", new CheckboxGroup<Role>("Roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(PersonDialog::roleLabel);
        roles.setHelperText("At least one; what they may do is what all their roles allow (see docs/roles.md)");
        var zone = field("timeZone", new ComboBox<String>("Time zone"));
        zone.setItems(offered(ZoneId.getAvailableZoneIds(), person.timeZone()));
        zone.setHelperText("Their dates and times are shown in it");
        var locale = field("locale", new ComboBox<String>("Language and region"));
        locale.setItems(offered(LOCALES, person.locale()));
        Locale viewer = Formats.current().locale();
        locale.setItemLabelGenerator(tag -> Locale.forLanguageTag(tag).getDisplayName(viewer) + " (" + tag + ")");
        locale.setClearButtonVisible(true);
        locale.setPlaceholder("Follow the browser");
        locale.setHelperText("How dates and numbers are written for them; empty: as their browser says");

        if (creating) {
            binder.forField(login)
                    .asRequired("Login is required")
                    .withValidator((value, context) -> value == null
                                    || LOGIN.matcher(value.strip().toLowerCase(Locale.ROOT))
                                            .matches()
                            ? ValidationResult.ok()
                            : ValidationResult.error(PersonAdminService.loginRule()))
                    .bind("login");
        } else {
            binder.forField(login).bind("login"); // fixed once created, whatever rule it was made under
        }
        binder.forField(name)
                .asRequired("Name is required")
                .withValidator(FieldRules.maxLength("Name", PersonEntry.NAME_MAX))
                .bind("displayName");
        Pickers.bindId(binder, department, departments, Department::id, "departmentId", null);
        binder.forField(roles).asRequired("Give at least one role").bind("roles");
        binder.forField(zone).asRequired("Time zone is required").bind("timeZone");
        binder.forField(locale).bind("locale");
        carry("id", "departmentName", "enabled", "mustChangePassword", "version");

        form.add(login, name, department, zone);
        form.add(locale, 2);
        form.add(roles, 2);
        read(person);
    }

    /** The choices, sorted, with the person's current value among them even when the list lacks it. */
    private static List<String> offered(Collection<String> choices, @Nullable String current) {
        var offered = new TreeSet<>(choices);
        if (current != null) {
            offered.add(current);
        }
        return List.copyOf(offered);
    }

    static String roleLabel(Role role) {
        String name = role.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    @Override
    protected String savedMessage(PersonEntry saved) {
        return "Saved “" + saved.displayName() + "”";
    }
}
