package app.throughline.people.ui;

import app.throughline.people.Department;
import app.throughline.people.DirectoryEntry;
import app.throughline.people.PeopleFilter;
import app.throughline.people.PeopleService;
import app.throughline.security.Role;
import app.throughline.ui.Formats;
import app.throughline.ui.Responsive;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The people directory ({@code people}): who knows about what, where they work, whether they
 * completed the social-policy training, and how busy the next 30 days are. One search field
 * (name or topic) and filters by department, topic and training, all in the address. The grid
 * is lazy: it reads one page at a time.
 */
@Route(PeopleView.PATH)
@PageTitle("People · Throughline")
@PermitAll
public class PeopleView extends VerticalLayout implements BeforeEnterObserver {

    public static final String PATH = "people";
    static final String TEXT = "q";
    static final String DEPARTMENT = "department";
    static final String TOPIC = "topic";
    static final String TRAINING = "trained";
    static final String TRAINED = "yes";
    static final String UNTRAINED = "no";
    /** Rows fetched at a time. */
    static final int PAGE = 50;

    private final TextField search = new TextField("Search");
    private final Select<Department> department = new Select<>();
    private final ComboBox<String> topic = new ComboBox<>("Topic");
    private final Select<String> training = new Select<>();
    private final Grid<DirectoryEntry> grid = new Grid<>();
    private final CallbackDataProvider<DirectoryEntry, Void> data;
    private final List<Department> departments;
    private PeopleFilter filter = PeopleFilter.ALL;
    /** Set while the fields are filled from the address (no new navigation for that). */
    private boolean reading;

    PeopleView(PeopleService people) {
        this.departments = people.departments();
        this.data = DataProvider.fromCallbacks(
                query -> people.directory(filter, query.getOffset(), query.getLimit()).stream(),
                query -> people.directoryCount(filter));
        addClassName("people-view");
        setWidthFull();
        add(
                new H1("People"),
                new Paragraph("Who knows about what, across every department: ask them, or invite them to "
                        + "write as the expert they are."),
                filters(people.topics()),
                grid());
    }

    private Component filters(List<String> topics) {
        search.setPlaceholder("Name or topic");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filterChanged());

        department.setLabel("Department");
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d == null ? "Every department" : d.name());
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption("Every department");
        department.addValueChangeListener(e -> filterChanged());

        topic.setItems(topics);
        topic.setPlaceholder("Any topic");
        topic.setClearButtonVisible(true);
        topic.addValueChangeListener(e -> filterChanged());

        training.setLabel("Social-policy training");
        training.setItems(TRAINED, UNTRAINED);
        training.setItemLabelGenerator(t -> t == null ? "Everyone" : TRAINED.equals(t) ? "Trained" : "Not trained");
        training.setEmptySelectionAllowed(true);
        training.setEmptySelectionCaption("Everyone");
        training.addValueChangeListener(e -> filterChanged());

        var bar = new HorizontalLayout(search, department, topic, training);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<DirectoryEntry> grid() {
        grid.addComponentColumn(PeopleView::nameLink)
                .setHeader("Name")
                .setKey("name")
                .setAutoWidth(true);
        var departmentColumn = grid.addColumn(p -> p.department() == null ? "" : p.department())
                .setHeader("Department")
                .setKey("department")
                .setAutoWidth(true);
        var rolesColumn = grid.addColumn(p -> roles(p.roles()))
                .setHeader("Roles")
                .setKey("roles")
                .setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.topics()))
                .setHeader("Expertise")
                .setKey("topics")
                .setWidth("14rem")
                .setFlexGrow(3);
        grid.addColumn(PeopleView::trainingText)
                .setHeader("Training")
                .setKey("training")
                .setAutoWidth(true);
        var aheadColumn = grid.addColumn(p -> Formats.current().number(p.tacticsNext30Days()))
                .setHeader("Tactics, next 30 days")
                .setKey("ahead")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var zoneColumn = grid.addColumn(p -> p.zone().getId())
                .setHeader("Time zone")
                .setKey("zone")
                .setAutoWidth(true);
        grid.setPageSize(PAGE);
        grid.setItems(data);
        grid.setEmptyStateText("No one matches these filters");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setHeight("36rem");
        grid.addClassName("people-grid");
        Responsive.onWidth(grid, width -> {
            boolean wide = width <= 0 || width >= Responsive.NARROW;
            List.of(departmentColumn, rolesColumn, aheadColumn, zoneColumn).forEach(c -> c.setVisible(wide));
        });
        return grid;
    }

    private static RouterLink nameLink(DirectoryEntry person) {
        return new RouterLink(
                person.displayName(), PersonView.class, new RouteParameters(PersonView.LOGIN, person.login()));
    }

    static String roles(List<Role> roles) {
        return roles.stream()
                .map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    static String trainingText(DirectoryEntry person) {
        return person.trainedOn() == null
                ? "Not trained"
                : "Trained on " + Formats.current().date(person.trainedOn());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        reading = true;
        try {
            search.setValue(query.getSingleParameter(TEXT).orElse(""));
            Long departmentId = query.getSingleParameter(DEPARTMENT)
                    .flatMap(PeopleView::number)
                    .orElse(null);
            department.setValue(departments.stream()
                    .filter(d -> departmentId != null && d.id() == departmentId)
                    .findFirst()
                    .orElse(null));
            topic.setValue(query.getSingleParameter(TOPIC).orElse(null));
            training.setValue(query.getSingleParameter(TRAINING)
                    .filter(t -> t.equals(TRAINED) || t.equals(UNTRAINED))
                    .orElse(null));
        } finally {
            reading = false;
        }
        filterChanged();
    }

    private static java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.valueOf(text));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    private void filterChanged() {
        if (reading) {
            return;
        }
        Department d = department.getValue();
        String t = training.getValue();
        @Nullable Boolean trained = t == null ? null : TRAINED.equals(t);
        String text = search.getValue().strip();
        PeopleFilter wanted =
                new PeopleFilter(text.isEmpty() ? null : text, d == null ? null : d.id(), topic.getValue(), trained);
        if (wanted.equals(filter)) {
            return;
        }
        filter = wanted;
        data.refreshAll();
        Map<String, String> query = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            query.put(TEXT, text);
        }
        if (d != null) {
            query.put(DEPARTMENT, Long.toString(d.id()));
        }
        if (topic.getValue() != null) {
            query.put(TOPIC, topic.getValue());
        }
        if (t != null) {
            query.put(TRAINING, t);
        }
        // the address says what is shown, so a filtered directory can be shared; no new navigation
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        PATH
                                + (query.isEmpty()
                                        ? ""
                                        : "?" + QueryParameters.simple(query).getQueryString())));
    }
}
