package app.throughline.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.admin.AdminService;
import app.throughline.admin.ChannelEntry;
import app.throughline.admin.DepartmentEntry;
import app.throughline.audit.AuditEntry;
import app.throughline.audit.AuditKind;
import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import app.throughline.common.SubmissionKey;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit of admin changes: newest first, filtered by kind in the URL, admins only (issue 9). */
class AuditViewTest extends ViewTestBase {

    @Autowired
    AdminService admin;

    @Autowired
    app.throughline.admin.PersonAdminService people;

    CurrentUser ada;

    @BeforeEach
    void setUp() {
        ada = data.person("ada", ZoneId.of("Europe/Berlin"), Role.ADMIN);
    }

    @Test
    void anAdminSeesEveryChangeNewestFirstWithWhoAndBeforeAndAfter() {
        signIn(ada);
        DepartmentEntry sales =
                admin.saveDepartment(new DepartmentEntry(null, "Sales", false, 0, 0, 0), SubmissionKey.random());
        admin.saveDepartment(
                new DepartmentEntry(sales.id(), "Sales & Partners", false, sales.version(), 0, 0),
                SubmissionKey.random());
        open("admin/audit");

        Grid<AuditEntry> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(grid.getColumnByKey("when").getHeaderText()).isEqualTo("When (Europe/Berlin)");
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains(
                        "Ada Tester",
                        "Changed department",
                        "name=Sales, communications team=no",
                        "name=Sales & Partners, communications team=no");
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("Created department", "—");
    }

    @Test
    void theListIsFilteredByKindAndTheFilterIsInTheAddress() {
        signIn(ada);
        admin.saveDepartment(new DepartmentEntry(null, "Legal", false, 0, 0, 0), SubmissionKey.random());
        admin.saveChannel(
                new ChannelEntry(
                        null, "Podcast", ChannelKind.OWNED, "#6a1b9a", null, CopyCounting.GRAPHEMES, false, 0, 0),
                SubmissionKey.random());
        open("admin/audit");
        assertThat(GridKt._size(grid())).isEqualTo(2);

        @SuppressWarnings("unchecked")
        ComboBox<AuditKind> kind = _get(ComboBox.class, spec -> spec.withLabel("Kind"));
        _setValue(kind, AuditKind.CHANNEL);

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Created channel");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("admin/audit?kind=CHANNEL");

        open("admin/audit?kind=DEPARTMENT");
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Kind")).getValue())
                .isEqualTo(AuditKind.DEPARTMENT);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .contains("Created department", "name=Legal, communications team=no");
    }

    @Test
    void changesToPeopleAreListedAndFilteredAsPersonWithoutAnyPassword() {
        signIn(ada);
        admin.saveDepartment(new DepartmentEntry(null, "Legal", false, 0, 0, 0), SubmissionKey.random());
        long grace = data.person("grace", Role.CONTRIBUTOR).personId();
        people.disable(grace, 0);
        String password = people.resetPassword(grace, 1);

        open("admin/audit?kind=PERSON");

        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Kind")).getValue())
                .isEqualTo(AuditKind.PERSON);
        assertThat(GridKt._size(grid())).isEqualTo(2);
        String reset = String.join(" | ", GridKt._getFormattedRow(grid(), 0));
        assertThat(reset)
                .contains("Password reset person", "must change password=no", "must change password=yes")
                .doesNotContain(password);
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid(), 1)))
                .contains("Disabled person", "enabled=yes", "enabled=no");
    }

    @Test
    void anEmptyAuditSaysSo() {
        signIn(ada);
        open("admin/audit");

        assertThat(GridKt._size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("No admin change recorded yet");
    }

    @Test
    void nobodyButAnAdminOpensTheAudit() {
        for (Role role : List.of(Role.STRATEGIST, Role.MARKETER, Role.COACH, Role.CONTRIBUTOR, Role.EXECUTIVE)) {
            signIn(data.person(role.name().toLowerCase(Locale.ROOT), role));
            open("admin/audit");
            assertThat(_get(H1.class).getText()).as(role.name()).isEqualTo("You may not open this");
            assertThat(_find(Grid.class)).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, spec -> spec.withClasses("audit-list"));
    }
}
