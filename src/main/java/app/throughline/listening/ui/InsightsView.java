package app.throughline.listening.ui;

import app.throughline.channel.ChannelService;
import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.listening.ActedOnShare;
import app.throughline.listening.Insight;
import app.throughline.listening.InsightFilter;
import app.throughline.listening.InsightKind;
import app.throughline.listening.ListeningService;
import app.throughline.ui.Formats;
import app.throughline.ui.Notifications;
import app.throughline.ui.Responsive;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The listening log: record what was heard (everyone but a pure executive), and the log itself,
 * newest first, filtered by kind and by "heard, not acted on" (in the URL, each change a navigation:
 * {@code insights?kind=COMPLAINT&notActedOn=yes}); each row opens the insight's own page, where
 * it is linked to what it changed.
 */
@Route(InsightsView.PATH)
@PageTitle("Listening · Throughline")
@PermitAll
public class InsightsView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "insights";
    static final String KIND = "kind";
    static final String NOT_ACTED_ON = "notActedOn";
    static final String YES = "yes";
    /** Rows fetched at a time. */
    static final int PAGE = 30;
    /** How much of what was heard a row shows (the whole text is on the insight's page). */
    static final int EXCERPT = 140;

    private final ListeningService listening;
    private final Paragraph share = new Paragraph();
    private final Select<InsightKind> kind = new Select<>();
    private final Checkbox notActedOn = new Checkbox("Only heard, not acted on");
    private final Grid<Insight> grid = new Grid<>();
    private final CallbackDataProvider<Insight, Void> data;
    private final @Nullable InsightForm form;
    private InsightFilter filter = InsightFilter.ALL;
    private LocalDate today;

    InsightsView(ListeningService listening, ChannelService channels) {
        this.listening = listening;
        this.today = listening.today();
        this.data = DataProvider.fromCallbacks(
                query -> listening.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> listening.count(filter));
        addClassName("insights-view");
        setWidthFull();
        share.addClassName("acted-on-share");
        add(
                new H1("Listening"),
                new Paragraph("What customers, partners, candidates and competitors said, where and when, and what "
                        + "we changed because of it. An insight with no tactic or strategy linked "
                        + Insight.ACT_WITHIN_DAYS + " days after it was heard counts as heard, not acted on."),
                share);
        if (listening.mayRecord()) {
            var newForm = new InsightForm(channels.channels(), today);
            form = newForm;
            var record = new Button("Record", e -> record());
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var recording = new Section(new H2("Record what you heard"), newForm, record);
            recording.addClassName("insight-record");
            recording.setWidthFull();
            add(recording);
        } else {
            form = null;
        }
        var log = new Section(new H2("What we heard"), logSection());
        log.setWidthFull();
        add(log);
        showShare();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        InsightKind wanted = query.getSingleParameter(KIND)
                .flatMap(name -> Arrays.stream(InsightKind.values())
                        .filter(k -> k.name().equals(name))
                        .findFirst())
                .orElse(null);
        kind.setValue(wanted);
        notActedOn.setValue(
                query.getSingleParameter(NOT_ACTED_ON).filter(YES::equals).isPresent());
        filterChanged(false);
    }

    private Component logSection() {
        kind.setLabel("Kind");
        kind.setItems(InsightKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Every kind" : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Every kind");
        kind.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        notActedOn.setTooltipText(
                "No tactic or strategy linked, and heard more than " + Insight.ACT_WITHIN_DAYS + " days ago");
        notActedOn.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        var filters = new HorizontalLayout(kind, notActedOn);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(i -> Formats.current().date(i.heardOn()))
                .setHeader("Heard on")
                .setKey("heardOn")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var kindColumn = grid.addColumn(i -> i.kind().label())
                .setHeader("Kind")
                .setKey("kind")
                .setAutoWidth(true);
        grid.addColumn(i -> excerpt(i.heard()))
                .setHeader("What was heard")
                .setKey("heard")
                .setFlexGrow(3)
                .setTooltipGenerator(Insight::heard);
        var where = grid.addColumn(Insight::source)
                .setHeader("Where")
                .setKey("where")
                .setAutoWidth(true);
        var who = grid.addColumn(Insight::recordedBy)
                .setHeader("Recorded by")
                .setKey("recordedBy")
                .setAutoWidth(true);
        grid.addColumn(this::followUp).setHeader("Acted on").setKey("actedOn").setAutoWidth(true);
        grid.addComponentColumn(this::openButton)
                .setHeader("Open")
                .setKey("open")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPageSize(PAGE);
        grid.setItems(data);
        grid.setEmptyStateText("Nothing heard yet with these filters");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setHeight("32rem");
        grid.addClassName("insights-grid");
        Responsive.onWidth(grid, width -> {
            boolean wide = width <= 0 || width >= Responsive.NARROW;
            List.of(kindColumn, where, who).forEach(column -> column.setVisible(wide));
        });
        var section = new VerticalLayout(filters, grid);
        section.setPadding(false);
        section.setWidthFull();
        return section;
    }

    /** "2 links", "Not linked yet", or "Not acted on" once 30 days passed without one. */
    private String followUp(Insight insight) {
        if (insight.actedOn()) {
            return insight.links() == 1 ? "1 link" : insight.links() + " links";
        }
        return insight.notActedOn(today) ? "Not acted on" : "Not linked yet";
    }

    private Button openButton(Insight insight) {
        var open = new Button("Open", e -> InsightView.open(insight.id()));
        open.getElement()
                .setAttribute(
                        "aria-label",
                        "Open the " + insight.kind().label().toLowerCase(Locale.ROOT) + " heard on "
                                + Formats.current().date(insight.heardOn()));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return open;
    }

    static String excerpt(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= EXCERPT
                ? oneLine
                : oneLine.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }

    private void record() {
        InsightForm shown = form;
        if (shown == null) {
            return;
        }
        try {
            Insight recorded = listening.record(shown.value());
            today = listening.today();
            shown.clear(today);
            Notifications.success("Recorded the " + recorded.kind().label().toLowerCase(Locale.ROOT) + " heard on "
                    + Formats.current().date(recorded.heardOn()));
            data.refreshAll();
            showShare();
        } catch (ValidationException invalid) {
            if (!shown.showFieldProblem(invalid.field(), invalid.getMessage())) {
                Notifications.problem(UserProblem.of(invalid));
            }
        } catch (RuntimeException refused) {
            Notifications.problem(UserProblem.of(refused));
        }
    }

    private void showShare() {
        ActedOnShare last = listening.actedOnShare();
        share.setText(
                last.heard() == 0
                        ? "Nothing was recorded as heard in the last " + ListeningService.SHARE_DAYS + " days."
                        : "Acted on: " + last.actedOn() + " of the " + last.heard() + " insights heard in the last "
                                + ListeningService.SHARE_DAYS + " days ("
                                + (long) last.percent().orElse(0)
                                + " %) are linked to a tactic or strategy.");
    }

    private void filterChanged(boolean fromClient) {
        InsightKind k = kind.getValue();
        filter = new InsightFilter(k, notActedOn.getValue());
        data.refreshAll();
        if (fromClient) {
            Map<String, String> query = new LinkedHashMap<>();
            if (k != null) {
                query.put(KIND, k.name());
            }
            if (notActedOn.getValue()) {
                query.put(NOT_ACTED_ON, YES);
            }
            // a navigation, as the calendar does: the address can be shared and the back button works
            getUI().ifPresent(ui -> ui.navigate(PATH, QueryParameters.simple(query)));
        }
    }
}
