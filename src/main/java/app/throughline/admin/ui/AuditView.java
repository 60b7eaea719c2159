package app.throughline.admin.ui;

import app.throughline.admin.AdminService;
import app.throughline.audit.AuditEntry;
import app.throughline.audit.AuditKind;
import app.throughline.security.CurrentUserProvider;
import app.throughline.ui.Formats;
import app.throughline.ui.Responsive;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every admin change, newest first, read a page at a time: when, who, what kind of thing, what
 * was done, and the thing before and after (plain text). Filtered by kind, in the URL:
 * {@code admin/audit?kind=CHANNEL}.
 */
@Route("admin/audit")
@PageTitle("Audit · Throughline")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE = 50;
    private static final String KIND = "kind";

    private final ComboBox<AuditKind> kind = new ComboBox<>("Kind");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final CallbackDataProvider<AuditEntry, Void> entries;

    AuditView(AdminService admin, CurrentUserProvider currentUser) {
        ZoneId zone = currentUser.get().zone();
        this.entries = DataProvider.fromCallbacks(
                query -> admin.audit(kind.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> admin.auditCount(kind.getValue()));
        setWidthFull();
        addClassName("audit-view");

        kind.setItems(AuditKind.values());
        kind.setItemLabelGenerator(AuditKind::label);
        kind.setClearButtonVisible(true);
        kind.setPlaceholder("Every kind");
        kind.addValueChangeListener(e -> {
            entries.refreshAll();
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(AuditView.class, query(e.getValue())));
            }
        });

        grid.addColumn(e -> Formats.current().dateTime(e.changedAt(), zone))
                .setHeader("When (" + zone.getId() + ")")
                .setKey("when")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var who = grid.addColumn(AuditEntry::changedBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(e -> e.action().label() + " " + e.kind().label().toLowerCase(Locale.ROOT))
                .setHeader("Change")
                .setKey("change")
                .setAutoWidth(true);
        var before = grid.addColumn(e -> e.before() == null ? "—" : e.before())
                .setHeader("Before")
                .setKey("before")
                .setFlexGrow(2);
        grid.addColumn(e -> e.after() == null ? "—" : e.after())
                .setHeader("After")
                .setKey("after")
                .setFlexGrow(2);
        grid.setPageSize(PAGE);
        grid.setItems(entries);
        grid.setEmptyStateText("No admin change recorded yet");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setHeight("36rem");
        grid.addClassName("audit-list");
        Responsive.onWidth(grid, width -> {
            boolean wide = width <= 0 || width >= Responsive.NARROW;
            List.of(who, before).forEach(column -> column.setVisible(wide));
        });

        add(
                new H1("Audit"),
                new Paragraph("Every change made in the admin area, newest first: who made it, when, and what it was "
                        + "before and after."),
                new RouterLink("Back to admin", AdminView.class),
                kind,
                grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(KIND)
                .orElse("");
        // not from the client: the URL already says it
        kind.setValue(Arrays.stream(AuditKind.values())
                .filter(k -> k.name().equals(wanted))
                .findFirst()
                .orElse(null));
    }

    private static QueryParameters query(@Nullable AuditKind value) {
        return value == null ? QueryParameters.empty() : QueryParameters.simple(Map.of(KIND, value.name()));
    }
}
