package app.throughline.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.people.Department;
import app.throughline.people.DirectoryEntry;
import app.throughline.people.PeopleData;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The people directory as a signed-in person meets it. */
class PeopleViewTest extends ViewTestBase {

    @Autowired
    PeopleData peopleData;

    CurrentUser exec;
    long sales;

    @BeforeEach
    void setUp() {
        exec = data.person("erin", Role.EXECUTIVE);
        var hanna = data.person("hanna", Role.COACH);
        var sam = data.person("sam", Role.CONTRIBUTOR);
        long hr = data.department("HR");
        sales = data.department("Sales");
        data.inDepartment(hanna.personId(), hr);
        data.inDepartment(sam.personId(), sales);
        peopleData.trainedOn(hanna.personId(), LocalDate.of(2026, 5, 4));
        peopleData.topics(hanna.personId(), "Hiring");
        peopleData.topics(sam.personId(), "Pricing", "Retail");
        var gone = data.person("gone", Role.CONTRIBUTOR);
        peopleData.disable(gone.personId());
        signIn(exec);
        UI.getCurrent().setLocale(java.util.Locale.UK);
    }

    @Test
    void listsEveryEnabledPersonWithWhatTheyKnowAndTheirTraining() {
        open("people");

        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThat(logins()).containsExactly("erin", "hanna", "sam");
        assertThat(GridKt._getFormattedRow(grid(), 1))
                .contains("HR", "Coach", "Hiring", "Trained on 4 May 2026", "0", "UTC");
        assertThat(GridKt._getFormattedRow(grid(), 2))
                .contains("Sales", "Contributor", "Pricing, Retail", "Not trained");
        var name = (RouterLink) GridKt._getCellComponent(grid(), 2, "name");
        assertThat(name.getText()).isEqualTo("Sam Tester");
        assertThat(name.getHref()).isEqualTo("people/sam");
    }

    @Test
    void theSearchFieldFindsANameOrATopic() {
        open("people");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Search")), "retail");
        assertThat(logins()).containsExactly("sam");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Search")), "hann");
        assertThat(logins()).containsExactly("hanna");
    }

    @Test
    void filtersByDepartmentTopicAndTraining() {
        open("people");
        @SuppressWarnings("unchecked")
        Select<Department> department = _get(Select.class, spec -> spec.withLabel("Department"));
        _setValue(
                department,
                department
                        .getListDataView()
                        .getItems()
                        .filter(d -> d.name().equals("Sales"))
                        .findFirst()
                        .orElseThrow());
        assertThat(logins()).containsExactly("sam");
        _setValue(department, null);

        @SuppressWarnings("unchecked")
        ComboBox<String> topic = _get(ComboBox.class, spec -> spec.withLabel("Topic"));
        _setValue(topic, "Hiring");
        assertThat(logins()).containsExactly("hanna");
        _setValue(topic, null);

        @SuppressWarnings("unchecked")
        Select<String> training = _get(Select.class, spec -> spec.withLabel("Social-policy training"));
        _setValue(training, PeopleView.UNTRAINED);
        assertThat(logins()).containsExactly("erin", "sam");
        _setValue(training, PeopleView.TRAINED);
        assertThat(logins()).containsExactly("hanna");
    }

    @Test
    void theFiltersComeFromTheAddress() {
        open("people?q=pricing&department=" + sales);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Search")).getValue())
                .isEqualTo("pricing");
        assertThat(logins()).containsExactly("sam");
    }

    @SuppressWarnings("unchecked")
    private static Grid<DirectoryEntry> grid() {
        return _get(Grid.class, spec -> spec.withClasses("people-grid"));
    }

    private static java.util.List<String> logins() {
        var grid = grid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i).login())
                .toList();
    }
}
