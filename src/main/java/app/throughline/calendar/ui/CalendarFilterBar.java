package app.throughline.calendar.ui;

import app.throughline.calendar.CalendarFilter;
import app.throughline.channel.Channel;
import app.throughline.channel.ChannelKind;
import app.throughline.people.Department;
import app.throughline.people.PersonSummary;
import app.throughline.plan.Intent;
import app.throughline.plan.PlanNode.CampaignNode;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.tactic.TacticStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The calendar's filters: one picker per dimension, each optional. They live in a popover
 * behind the toolbar's "Filters (n)" button; the ones in force also show as removable chips
 * above the calendar ({@link #chips()}).
 */
class CalendarFilterBar extends FlexLayout {

    private final ComboBox<ObjectiveNode> objective;
    private final ComboBox<StrategyNode> strategy;
    private final ComboBox<CampaignNode> campaign;
    private final ComboBox<Channel> channel;
    private final ComboBox<ChannelKind> kind;
    private final ComboBox<Department> department;
    private final ComboBox<TacticStatus> status;
    private final ComboBox<Intent> intent;
    private final ComboBox<PersonSummary> owner;
    private final List<ComboBox<?>> all;
    private final Consumer<CalendarFilter> onChange;
    private boolean quiet;

    CalendarFilterBar(
            List<ObjectiveNode> objectives,
            List<Channel> channels,
            List<Department> departments,
            List<PersonSummary> people,
            Consumer<CalendarFilter> onChange) {
        List<StrategyNode> strategies =
                objectives.stream().flatMap(o -> o.strategies().stream()).toList();
        List<CampaignNode> campaigns =
                strategies.stream().flatMap(s -> s.campaigns().stream()).toList();
        objective = picker("Objective", objectives, ObjectiveNode::name);
        strategy = picker("Strategy", strategies, StrategyNode::name);
        campaign = picker("Campaign", campaigns, CampaignNode::name);
        channel = picker("Channel", channels, Channel::name);
        kind = picker("Channel kind", List.of(ChannelKind.values()), ChannelKind::label);
        department = picker("Department", departments, Department::name);
        status = picker("Status", List.of(TacticStatus.values()), TacticStatus::label);
        intent = picker("Intent", List.of(Intent.values()), Intent::label);
        owner = picker("Owner", people, PersonSummary::displayName);
        all = List.of(objective, strategy, campaign, channel, kind, department, status, intent, owner);

        this.onChange = onChange;
        var clear = new Button("Clear filters", e -> clearAll());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        all.forEach(box -> box.addValueChangeListener(e -> {
            if (!quiet) {
                onChange.accept(filter());
            }
        }));
        add(objective, strategy, campaign, channel, kind, department, status, intent, owner, clear);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        addClassName("calendar-filters");
    }

    /** Shows {@code filter} without reporting it back as a change. */
    void show(CalendarFilter filter) {
        quiet = true;
        try {
            select(objective, filter.objectiveId(), ObjectiveNode::id);
            select(strategy, filter.strategyId(), StrategyNode::id);
            select(campaign, filter.campaignId(), CampaignNode::id);
            select(channel, filter.channelId(), Channel::id);
            kind.setValue(filter.channelKind());
            select(department, filter.departmentId(), Department::id);
            status.setValue(filter.status());
            intent.setValue(filter.intent());
            select(owner, filter.ownerId(), PersonSummary::id);
        } finally {
            quiet = false;
        }
    }

    /** The filters in force as chips ("Channel: LinkedIn ×"); a click removes that filter. */
    List<Button> chips() {
        var chips = new ArrayList<Button>();
        for (ComboBox<?> box : all) {
            if (box.getValue() != null) {
                String text = box.getLabel() + ": " + label(box);
                var chip = new Button(text, VaadinIcon.CLOSE_SMALL.create(), e -> box.clear());
                chip.setIconAfterText(true);
                chip.setAriaLabel("Remove the filter " + text);
                chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                chip.addClassName("filter-chip");
                chips.add(chip);
            }
        }
        return chips;
    }

    /** Removes every filter at once. */
    void clearAll() {
        quiet = true;
        all.forEach(ComboBox::clear);
        quiet = false;
        onChange.accept(filter());
    }

    private static <T> String label(ComboBox<T> box) {
        return box.getItemLabelGenerator().apply(box.getValue());
    }

    CalendarFilter filter() {
        return new CalendarFilter(
                id(objective, ObjectiveNode::id),
                id(strategy, StrategyNode::id),
                id(campaign, CampaignNode::id),
                id(channel, Channel::id),
                kind.getValue(),
                id(department, Department::id),
                status.getValue(),
                intent.getValue(),
                id(owner, PersonSummary::id));
    }

    private static <T> ComboBox<T> picker(String label, List<T> items, SerializableFunction<T, String> name) {
        var box = new ComboBox<T>(label, items);
        box.setItemLabelGenerator(name::apply);
        box.setClearButtonVisible(true);
        box.setPlaceholder("All");
        box.setWidth("12rem");
        return box;
    }

    private static <T> void select(ComboBox<T> box, @Nullable Long id, Function<T, Long> idOf) {
        box.setValue(
                id == null
                        ? null
                        : box.getListDataView()
                                .getItems()
                                .filter(item -> Objects.equals(idOf.apply(item), id))
                                .findFirst()
                                .orElse(null));
    }

    private static <T> @Nullable Long id(ComboBox<T> box, Function<T, Long> idOf) {
        return box.getValue() == null ? null : idOf.apply(box.getValue());
    }
}
