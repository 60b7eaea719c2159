package app.throughline.admin.ui;

import static app.throughline.db.Tables.PERSON;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.admin.PersonAdminService;
import app.throughline.admin.PersonEntry;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The People section of the admin page, as an admin uses it (issue 9), and as nobody else sees it. */
class PeopleSectionTest extends ViewTestBase {

    @Autowired
    PersonAdminService people;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    DSLContext db;

    CurrentUser ada;

    @BeforeEach
    void setUp() {
        ada = data.person("ada", Role.ADMIN);
    }

    @Test
    void anAdminCreatesAPersonAndSeesTheirPasswordOnce() {
        signIn(ada);
        open("admin");

        _click(_get(Button.class, spec -> spec.withText("New person")));
        var dialog = _get(Dialog.class, spec -> spec.withPredicate(d -> d instanceof PersonDialog));
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Login")), "Grace");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Grace Hopper");
        _setValue(roles(dialog), Set.of(Role.COACH));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Saved “Grace Hopper”");
        var shown = _get(Dialog.class, spec -> spec.withPredicate(d -> d instanceof OneTimePasswordDialog));
        String password = _get(shown, TextField.class, spec -> spec.withLabel("Password for grace"))
                .getValue();
        assertThat(password).hasSize(16);
        assertThat(_find(shown, Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("It will not be shown again."));
        String hash = db.select(PERSON.PASSWORD_HASH)
                .from(PERSON)
                .where(PERSON.LOGIN.eq("grace"))
                .fetchSingle(PERSON.PASSWORD_HASH);
        assertThat(passwords.matches(password, hash)).isTrue();

        _click(_get(shown, Button.class, spec -> spec.withText("Done")));
        assertThat(_find(TextField.class, spec -> spec.withLabel("Password for grace")))
                .as("gone for good")
                .isEmpty();
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("grace", "Grace Hopper", "Coach", "yes", "yes");
    }

    @Test
    void eachWrongValueIsShownNextToItsFieldAndATakenLoginComesBackFromTheServer() {
        signIn(ada);
        open("admin");

        _click(_get(Button.class, spec -> spec.withText("New person")));
        var dialog = _get(Dialog.class, spec -> spec.withPredicate(d -> d instanceof PersonDialog));
        var login = _get(dialog, TextField.class, spec -> spec.withLabel("Login"));
        var name = _get(dialog, TextField.class, spec -> spec.withLabel("Name"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(login.isInvalid()).isTrue();
        assertThat(login.getErrorMessage()).isEqualTo("Login is required");
        assertThat(name.getErrorMessage()).isEqualTo("Name is required");
        assertThat(roles(dialog).isInvalid()).isTrue();
        assertThat(roles(dialog).getErrorMessage()).isEqualTo("Give at least one role");

        _setValue(login, "a b");
        assertThat(login.getErrorMessage()).isEqualTo(PersonAdminService.loginRule());

        _setValue(login, "ADA");
        _setValue(name, "Another Ada");
        _setValue(roles(dialog), Set.of(Role.CONTRIBUTOR));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(login.isInvalid()).isTrue();
        assertThat(login.getErrorMessage()).contains("“ada” is taken");
        assertThat(dialog.isOpened()).as("nothing typed is lost").isTrue();
        assertThat(people.peopleCount(null)).isEqualTo(1);
    }

    @Test
    void anAdminDisablesAPersonAfterConfirmingAndEnablesThemAgainButCannotDisableThemselves() {
        long grace = data.person("grace", Role.CONTRIBUTOR).personId();
        signIn(ada);
        open("admin");

        assertThat(rowButton(0, "Disable “Ada Tester”").isEnabled()).isFalse();
        _click(rowButton(1, "Disable “Grace Tester”"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("Disabled “Grace Tester”");
        assertThat(people.person(grace).enabled()).isFalse();
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("grace", "no");

        _click(rowButton(1, "Enable “Grace Tester”"));
        assertThat(people.person(grace).enabled()).isTrue();
    }

    @Test
    void aResetShowsTheNewPasswordOnceAfterConfirming() {
        long grace = data.person("grace", Role.CONTRIBUTOR).personId();
        signIn(ada);
        open("admin");

        _click(rowButton(1, "Reset the password of “Grace Tester”"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        var shown = _get(Dialog.class, spec -> spec.withPredicate(d -> d instanceof OneTimePasswordDialog));
        String password = _get(shown, TextField.class, spec -> spec.withLabel("Password for grace"))
                .getValue();
        String hash = db.select(PERSON.PASSWORD_HASH)
                .from(PERSON)
                .where(PERSON.PERSON_ID.eq(grace))
                .fetchSingle(PERSON.PASSWORD_HASH);
        assertThat(passwords.matches(password, hash)).isTrue();
        assertThat(people.person(grace).mustChangePassword()).isTrue();
    }

    @Test
    void theLastAdminRefusalIsShownAboveTheList() {
        signIn(ada);
        open("admin");

        _click(rowButton(0, "Edit “Ada Tester”"));
        var dialog = _get(Dialog.class, spec -> spec.withPredicate(d -> d instanceof PersonDialog));
        _setValue(roles(dialog), Set.of(Role.STRATEGIST));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(roles(dialog).getErrorMessage()).contains("Ada Tester is the last admin");
        assertThat(people.person(ada.personId()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anEditKeepsALocaleTheListDoesNotOfferAndTheLoginIsFixed() {
        long grace = data.person("grace", Role.CONTRIBUTOR).personId();
        db.update(PERSON)
                .set(PERSON.LOCALE, "ga-IE")
                .where(PERSON.PERSON_ID.eq(grace))
                .execute();
        signIn(ada);
        open("admin");

        _click(rowButton(1, "Edit “Grace Tester”"));
        var dialog = _get(Dialog.class, spec -> spec.withPredicate(d -> d instanceof PersonDialog));
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Login"))
                        .isReadOnly())
                .isTrue();
        assertThat(_get(
                                dialog,
                                com.vaadin.flow.component.combobox.ComboBox.class,
                                spec -> spec.withLabel("Language and region"))
                        .getValue())
                .isEqualTo("ga-IE");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Grace Hopper");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Saved “Grace Hopper”");
        assertThat(people.person(grace).locale()).isEqualTo("ga-IE");
        assertThat(people.person(grace).displayName()).isEqualTo("Grace Hopper");
    }

    @Test
    void theFilterFindsPeopleByLoginOrName() {
        data.person("grace", Role.CONTRIBUTOR);
        data.person("linus", Role.CONTRIBUTOR);
        signIn(ada);
        open("admin");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Find people")), "LIN");

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("linus");
    }

    @Test
    void nobodyButAnAdminSeesThePeopleSectionOrTheAdminMenu() {
        for (Role role : List.of(Role.STRATEGIST, Role.MARKETER, Role.COACH, Role.CONTRIBUTOR, Role.EXECUTIVE)) {
            signIn(data.person("not-admin-" + role.name().toLowerCase(java.util.Locale.ROOT), role));
            open("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                    .as(role.name())
                    .isNotEmpty()
                    .doesNotContain("Admin");
            open("admin");
            assertThat(_get(H1.class).getText()).as(role.name()).isEqualTo("You may not open this");
            assertThat(_find(Button.class, spec -> spec.withText("New person"))).isEmpty();
            assertThat(_find(Div.class, spec -> spec.withClasses("form-problem")))
                    .isEmpty();
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Grid<PersonEntry> grid() {
        return _get(Grid.class, spec -> spec.withClasses("admin-people"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles(Component dialog) {
        return _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Roles"));
    }

    private static Button rowButton(int row, String label) {
        return _get(
                GridKt._getCellComponent(grid(), row, "actions"),
                Button.class,
                spec -> spec.withPredicate(b -> label.equals(b.getElement().getAttribute("aria-label"))));
    }
}
