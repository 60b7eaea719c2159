package app.throughline.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.admin.AdminService;
import app.throughline.admin.ChannelEntry;
import app.throughline.admin.DepartmentEntry;
import app.throughline.audit.AuditAction;
import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin page as an admin uses it, and as everyone else is refused it (issue 9, "Admin"). */
class AdminViewTest extends ViewTestBase {

    @Autowired
    AdminService admin;

    CurrentUser ada;

    @BeforeEach
    void setUp() {
        ada = data.person("ada", Role.ADMIN);
    }

    // --- departments ----------------------------------------------------------------------------

    @Test
    void anAdminCreatesADepartmentMarkedAsCommunicationsTeam() {
        signIn(ada);
        open("admin");

        _click(_get(Button.class, spec -> spec.withText("New department")));
        var dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Communications & PR");
        _setValue(_get(dialog, Checkbox.class, spec -> spec.withLabel("Communications team")), true);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Saved department “Communications & PR”");
        assertThat(admin.departments())
                .extracting(DepartmentEntry::name, DepartmentEntry::communicationsTeam)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Communications & PR", true));
        assertThat(GridKt._getFormattedRow(departments(), 0)).contains("Communications & PR", "yes", "0");
    }

    @Test
    void aTakenDepartmentNameIsRefusedNextToTheNameAndTheDialogStaysOpen() {
        data.department("Sales");
        signIn(ada);
        open("admin");

        _click(_get(Button.class, spec -> spec.withText("New department")));
        var dialog = _get(Dialog.class);
        var name = _get(dialog, TextField.class, spec -> spec.withLabel("Name"));
        _setValue(name, "Sales");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A department called “Sales” already exists");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(admin.departments()).hasSize(1);
    }

    @Test
    void anAdminRenamesADepartment() {
        data.department("Sales");
        signIn(ada);
        open("admin");

        _click(rowButton(departments(), 0, "Edit “Sales”"));
        var dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Sales & Partners");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(admin.departments()).extracting(DepartmentEntry::name).containsExactly("Sales & Partners");
        assertThat(admin.audit(null, 0, 1).getFirst().action()).isEqualTo(AuditAction.UPDATE);
    }

    @Test
    void aDepartmentInUseIsNotDeletedAndThePageSaysWhatRefersToIt() {
        long hr = data.department("Human Resources");
        data.inDepartment(data.person("hana", Role.CONTRIBUTOR).personId(), hr);
        data.inDepartment(data.person("hugo", Role.CONTRIBUTOR).personId(), hr);
        signIn(ada);
        open("admin");
        assertThat(GridKt._getFormattedRow(departments(), 0)).contains("Human Resources", "2");

        _click(rowButton(departments(), 0, "Delete “Human Resources”"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(problems())
                .anyMatch(text -> text.startsWith("“Human Resources” was not deleted. Still used by 2 people"));
        assertThat(admin.departments()).extracting(DepartmentEntry::name).containsExactly("Human Resources");
    }

    @Test
    void anUnusedDepartmentIsDeletedAfterTheAdminConfirms() {
        data.department("Legal");
        signIn(ada);
        open("admin");

        _click(rowButton(departments(), 0, "Delete “Legal”"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("Deleted department “Legal”");
        assertThat(admin.departments()).isEmpty();
        assertThat(GridKt._size(departments())).isZero();
    }

    // --- channels -------------------------------------------------------------------------------

    @Test
    void anAdminCreatesAChannelAndEachWrongValueIsShownNextToItsField() {
        signIn(ada);
        open("admin");

        _click(_get(Button.class, spec -> spec.withText("New channel")));
        var dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Podcast");
        _setValue(_get(dialog, ComboBox.class, spec -> spec.withLabel("Kind")), ChannelKind.OWNED);
        var colour = _get(dialog, TextField.class, spec -> spec.withLabel("Colour"));
        _setValue(colour, "purple");
        var maxLength = _get(dialog, TextField.class, spec -> spec.withLabel("Maximum length"));
        _setValue(maxLength, "0");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(colour.isInvalid()).isTrue();
        assertThat(colour.getErrorMessage())
                .isEqualTo("Use a colour such as #3b6ea5: # and six hex digits (0-9, a-f).");
        assertThat(maxLength.isInvalid()).isTrue();
        assertThat(maxLength.getErrorMessage())
                .isEqualTo("The maximum length is a number of characters above 0, or empty for no limit");
        assertThat(admin.channels()).isEmpty();

        _setValue(colour, "#6A1B9A");
        _setValue(maxLength, "forty");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(maxLength.getErrorMessage())
                .isEqualTo("Type the maximum length as a whole number of characters, such as 280");
        _setValue(maxLength, "4000");
        _setValue(_get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Counting")), CopyCounting.GRAPHEMES);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Saved channel “Podcast”");
        assertThat(admin.channels())
                .extracting(ChannelEntry::name, ChannelEntry::kind, ChannelEntry::colour, ChannelEntry::maxLength)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Podcast", ChannelKind.OWNED, "#6a1b9a", 4000));
        assertThat(GridKt._getFormattedRow(channels(), 0))
                .contains("Owned", "4000", "Per visible character", "Offered");
        Component name = GridKt._getCellComponent(channels(), 0, "name");
        assertThat(_find(name, Span.class).stream().map(Span::getText)).contains("Podcast");
        assertThat(_find(name, Span.class).stream().map(s -> s.getStyle().get("background-color")))
                .contains("#6a1b9a");
    }

    @Test
    void aTakenChannelNameComesBackFromTheServerNextToTheName() {
        data.channel("LinkedIn", ChannelKind.SOCIAL);
        signIn(ada);
        open("admin");

        _click(_get(Button.class, spec -> spec.withText("New channel")));
        var dialog = _get(Dialog.class);
        var name = _get(dialog, TextField.class, spec -> spec.withLabel("Name"));
        _setValue(name, "linkedin");
        _setValue(_get(dialog, ComboBox.class, spec -> spec.withLabel("Kind")), ChannelKind.SOCIAL);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A channel called “linkedin” already exists");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aChannelChangedMeanwhileIsNotOverwrittenAndTheDialogSaysSo() {
        long fax = data.channel("Fax", ChannelKind.DIRECT);
        signIn(ada);
        open("admin");

        _click(rowButton(channels(), 0, "Edit “Fax”"));
        var dialog = _get(Dialog.class);
        admin.retireChannel(fax, 0); // another admin, meanwhile
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Telefax");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(_find(dialog, Div.class).stream().map(Div::getText))
                .anyMatch(text -> text.startsWith("This channel was changed by someone else"));
        assertThat(admin.channel(fax).name()).isEqualTo("Fax");
    }

    @Test
    void anAdminRetiresAChannelAndRestoresIt() {
        long fax = data.channel("Fax", ChannelKind.DIRECT);
        signIn(ada);
        open("admin");

        _click(rowButton(channels(), 0, "Retire “Fax”"));

        NotificationsKt.expectNotifications("Retired “Fax”: no longer offered for new tactics");
        assertThat(admin.channel(fax).retired()).isTrue();
        assertThat(GridKt._getFormattedRow(channels(), 0)).contains("Retired");

        _click(rowButton(channels(), 0, "Restore “Fax”"));

        assertThat(admin.channel(fax).retired()).isFalse();
        assertThat(GridKt._getFormattedRow(channels(), 0)).contains("Offered");
    }

    @Test
    void aChannelInUseIsNotDeletedAndThePageSaysToRetireIt() {
        long fax = data.channel("Fax", ChannelKind.DIRECT);
        long strategy = data.strategy(data.objective("Grow", ada.personId()), "Voice", ada.personId());
        data.tactic(
                strategy,
                null,
                "Order form",
                fax,
                Instant.parse("2027-03-01T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                ada.personId());
        signIn(ada);
        open("admin");

        _click(rowButton(channels(), 0, "Delete “Fax”"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(problems())
                .anyMatch(text -> text.equals("“Fax” was not deleted. Still used by 1 tactic: retire it "
                        + "instead, so it stays on them but is no longer offered for new ones."));
        assertThat(admin.channels()).hasSize(1);
    }

    // --- links and access -----------------------------------------------------------------------

    @Test
    void thePageLinksToTheSocialPolicyAndTheAudit() {
        signIn(ada);
        open("admin");

        assertThat(_get(RouterLink.class, spec -> spec.withText("Edit the social policy"))
                        .getHref())
                .isEqualTo("admin/policy");
        assertThat(_get(RouterLink.class, spec -> spec.withText("See the audit of admin changes"))
                        .getHref())
                .isEqualTo("admin/audit");
    }

    @Test
    void nobodyButAnAdminOpensThePage() {
        data.department("Sales");
        for (Role role : List.of(Role.STRATEGIST, Role.MARKETER, Role.COACH, Role.CONTRIBUTOR, Role.EXECUTIVE)) {
            signIn(data.person(role.name().toLowerCase(Locale.ROOT), role));
            open("admin");
            assertThat(_get(H1.class).getText()).as(role.name()).isEqualTo("You may not open this");
            assertThat(_find(Grid.class)).isEmpty();
            assertThat(_find(Button.class, spec -> spec.withText("New department")))
                    .isEmpty();
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Grid<DepartmentEntry> departments() {
        return _get(Grid.class, spec -> spec.withClasses("admin-departments"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ChannelEntry> channels() {
        return _get(Grid.class, spec -> spec.withClasses("admin-channels"));
    }

    private static Button rowButton(Grid<?> grid, int row, String label) {
        return _get(
                GridKt._getCellComponent(grid, row, "actions"),
                Button.class,
                spec -> spec.withPredicate(b -> label.equals(b.getElement().getAttribute("aria-label"))));
    }

    private static List<String> problems() {
        return _find(Div.class, spec -> spec.withClasses("form-problem")).stream()
                .filter(Component::isVisible)
                .map(Div::getText)
                .toList();
    }
}
