package app.throughline.listening.ui;

import app.throughline.channel.ChannelService;
import app.throughline.common.NotFoundException;
import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.listening.Insight;
import app.throughline.listening.InsightDetail;
import app.throughline.listening.InsightLink;
import app.throughline.listening.LinkTarget;
import app.throughline.listening.ListeningService;
import app.throughline.listening.TacticChoice;
import app.throughline.people.ui.ExpertPanel;
import app.throughline.plan.PlanService;
import app.throughline.plan.TacticParent;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.ui.TacticNavigation;
import app.throughline.ui.Formats;
import app.throughline.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One insight ({@code insights/{id}}): what was heard, where, when and by whom, and what it
 * changed: its links to tactics (each opening the composer) and strategies (opening the plan).
 * Whoever may record insights links and unlinks here and plans a tactic from it; its author (or a
 * marketer, strategist or admin) changes it. An executive reads.
 */
@Route(InsightsView.PATH + "/:id([0-9]+)")
@PermitAll
public class InsightView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ListeningService listening;
    private final ChannelService channels;
    private final PlanService plan;
    private final ZoneId zone;
    private @Nullable InsightDetail shown;

    InsightView(ListeningService listening, ChannelService channels, PlanService plan, CurrentUserProvider user) {
        this.listening = listening;
        this.channels = channels;
        this.plan = plan;
        this.zone = user.get().zone();
        addClassName("insight-view");
        setWidthFull();
    }

    /** Opens the insight's page. */
    static void open(long id) {
        UI.getCurrent().navigate(InsightsView.PATH + "/" + id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        try {
            show(listening.insight(id));
        } catch (NotFoundException gone) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, gone.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        InsightDetail detail = shown;
        return (detail == null
                        ? "Insight"
                        : detail.insight().kind().label() + " heard on "
                                + Formats.current().date(detail.insight().heardOn()))
                + " · Throughline";
    }

    private void reload(long id) {
        try {
            show(listening.insight(id));
        } catch (NotFoundException gone) {
            Notifications.problem(UserProblem.of(gone));
            UI.getCurrent().navigate(InsightsView.class);
        }
    }

    private void show(InsightDetail detail) {
        removeAll();
        shown = detail;
        Insight insight = detail.insight();
        var back = new Button("Back to the listening log", e -> UI.getCurrent().navigate(InsightsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var heading =
                new H1(insight.kind().label() + " heard on " + Formats.current().date(insight.heardOn()));
        var heard = new Div();
        heard.setText(insight.heard());
        heard.addClassName("insight-heard");
        heard.getStyle().set("white-space", "pre-line").set("font-size", "var(--lumo-font-size-l)");
        var where = new Paragraph("Where: " + insight.source());
        where.addClassName("insight-where");
        var recorded = new Paragraph("Recorded by " + insight.recordedBy() + " on "
                + Formats.current().dateTime(insight.recordedAt(), zone));
        recorded.addClassName("insight-recorded");
        var state = new Paragraph(state(insight, detail.links().size()));
        state.addClassName("insight-state");
        add(back, heading, heard, where, recorded, state);

        var actions = new HorizontalLayout();
        actions.setWrap(true);
        if (listening.mayEdit(insight)) {
            actions.add(new Button("Edit", e -> edit(insight)));
        }
        if (listening.mayRecord()) {
            var planTactic = new Button("Plan a tactic from this", e -> planTactic(insight.id()));
            planTactic.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(planTactic);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
        add(linksSection(detail));
        add(new ExpertPanel(insight.heard()));
    }

    private String state(Insight insight, int links) {
        if (links > 0) {
            return "Acted on: linked to " + (links == 1 ? "1 tactic or strategy." : links + " tactics and strategies.");
        }
        return insight.notActedOn(listening.today())
                ? "Heard, not acted on: nothing was linked to it in the " + Insight.ACT_WITHIN_DAYS
                        + " days after it was heard."
                : "Not linked to a tactic or strategy yet.";
    }

    // --- links ----------------------------------------------------------------------------------

    private Section linksSection(InsightDetail detail) {
        boolean mayLink = listening.mayRecord();
        var section = new Section(new H2("What it changed"));
        section.addClassName("insight-links");
        section.setWidthFull();
        if (detail.links().isEmpty()) {
            section.add(new Paragraph("Nothing is linked to it yet."));
        } else {
            var list = new UnorderedList();
            list.addClassName("insight-link-list");
            for (InsightLink link : detail.links()) {
                list.add(linkItem(link, mayLink));
            }
            section.add(list);
        }
        if (mayLink) {
            section.add(linkControls(detail.insight().id()));
        }
        return section;
    }

    private ListItem linkItem(InsightLink link, boolean mayLink) {
        boolean tactic = link.tacticId() != null;
        var type = new Span(tactic ? "Tactic" : "Strategy");
        type.getElement().getThemeList().add("badge");
        var open = new Button(link.label(), e -> {
            if (link.tacticId() != null) {
                TacticNavigation.open(link.tacticId());
            } else {
                UI.getCurrent().navigate("plan");
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.getElement()
                .setAttribute("aria-label", (tactic ? "Open the tactic “" : "Open the plan at “") + link.label() + "”");
        var by = new Span(
                "linked by " + link.linkedBy() + " on " + Formats.current().dateTime(link.linkedAt(), zone));
        by.addClassName("insight-link-by");
        var row = new HorizontalLayout(type, open, by);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        if (mayLink) {
            var unlink = new Button("Unlink", e -> unlink(link));
            unlink.getElement().setAttribute("aria-label", "Unlink “" + link.label() + "”");
            unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            row.add(unlink);
        }
        return new ListItem(row);
    }

    private Component linkControls(long insightId) {
        var tactic = new ComboBox<TacticChoice>("Link to a tactic");
        tactic.setPlaceholder("Search tactics by title");
        // the search returns its 20 best at once: later pages are empty
        tactic.setItems((CallbackDataProvider.FetchCallback<TacticChoice, String>) query -> {
            int offset = query.getOffset();
            int limit = query.getLimit();
            return offset > 0
                    ? Stream.empty()
                    : listening.searchTactics(query.getFilter().orElse("")).stream()
                            .limit(limit);
        });
        tactic.setItemLabelGenerator(this::tacticLabel);
        tactic.setWidth("min(28rem, 100%)");
        tactic.setHelperText("The " + ListeningService.SEARCH_LIMIT + " latest whose title matches");
        var linkTactic = new Button("Link tactic", e -> {
            TacticChoice chosen = tactic.getValue();
            if (chosen == null) {
                tactic.setErrorMessage("Choose a tactic first");
                tactic.setInvalid(true);
                return;
            }
            link(insightId, LinkTarget.tactic(chosen.id()), chosen.title());
        });

        var strategy = new ComboBox<TacticParent>("Link to a strategy");
        strategy.setItems(plan.tacticParents().stream()
                .filter(p -> p.campaignId() == null)
                .toList());
        strategy.setItemLabelGenerator(TacticParent::path);
        strategy.setWidth("min(28rem, 100%)");
        var linkStrategy = new Button("Link strategy", e -> {
            TacticParent chosen = strategy.getValue();
            if (chosen == null) {
                strategy.setErrorMessage("Choose a strategy first");
                strategy.setInvalid(true);
                return;
            }
            link(insightId, LinkTarget.strategy(chosen.strategyId()), chosen.path());
        });

        var tacticRow = new HorizontalLayout(tactic, linkTactic);
        var strategyRow = new HorizontalLayout(strategy, linkStrategy);
        for (var row : List.of(tacticRow, strategyRow)) {
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
        }
        var controls = new VerticalLayout(tacticRow, strategyRow);
        controls.setPadding(false);
        controls.addClassName("insight-link-controls");
        return controls;
    }

    private String tacticLabel(TacticChoice choice) {
        return choice.title() + " · " + choice.channel() + " · "
                + (choice.start() == null
                        ? "no date"
                        : Formats.current().date(choice.start().atZone(zone).toLocalDate()));
    }

    private void link(long insightId, LinkTarget target, String label) {
        try {
            boolean added = listening.link(insightId, target);
            if (added) {
                Notifications.success("Linked to “" + label + "”");
            } else {
                Notifications.info("It was already linked to “" + label + "”");
            }
        } catch (RuntimeException refused) {
            Notifications.problem(UserProblem.of(refused));
        }
        reload(insightId);
    }

    private void unlink(InsightLink link) {
        try {
            listening.unlink(link.insightId(), link.target());
            Notifications.success("Unlinked “" + link.label() + "”");
        } catch (RuntimeException refused) {
            Notifications.problem(UserProblem.of(refused));
        }
        reload(link.insightId());
    }

    /** The composer for a new tactic, its notes prefilled from this insight; saved, it is linked here. */
    private void planTactic(long insightId) {
        UI.getCurrent().navigate("tactics/new", QueryParameters.of("insight", Long.toString(insightId)));
    }

    // --- editing --------------------------------------------------------------------------------

    private void edit(Insight insight) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Edit the insight");
        var form = new InsightForm(channels.channels(), listening.today());
        form.set(insight.draft());
        dialog.add(form);
        dialog.setWidth("min(44rem, 95vw)");
        var save = new Button("Save", e -> {
            try {
                listening.edit(insight.id(), insight.version(), form.value());
                dialog.close();
                Notifications.success("Saved the insight");
                reload(insight.id());
            } catch (ValidationException invalid) {
                if (!form.showFieldProblem(invalid.field(), invalid.getMessage())) {
                    dialog.close();
                    Notifications.problem(UserProblem.of(invalid));
                }
            } catch (RuntimeException refused) {
                dialog.close();
                Notifications.problem(UserProblem.of(refused));
                reload(insight.id());
            }
            e.getSource().setEnabled(true);
        });
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
