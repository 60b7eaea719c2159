package app.throughline.tactic.ui;

import app.throughline.channel.Channel;
import app.throughline.common.Check;
import app.throughline.people.PersonSummary;
import app.throughline.plan.Intent;
import app.throughline.plan.TacticParent;
import app.throughline.tactic.CopyRules;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticStatus;
import app.throughline.ui.FieldRules;
import app.throughline.ui.Formats;
import app.throughline.ui.Pickers;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The composer's fields: title, what the tactic serves, channel, copy with its live counter, when,
 * owner, intent, interaction and notes. Times are entered in the viewer's zone and saved as
 * instants. Without a strategy it is an idea: it has no date, and the date chosen on the calendar
 * waits until it serves one. The copy is counted by the server's rule for the channel
 * ({@link CopyRules}, docs/design-decisions/DD011-copy-counting.md) as the author types.
 */
class TacticForm extends Composite<FormLayout> {

    static final String NO_PARENT_HINT = "Without a strategy it is only an idea: it gets a date once it serves one";

    /** The choices the form offers, read once when the composer opens (retired channels too: a tactic keeps its own). */
    record Choices(List<TacticParent> parents, List<Channel> channels, List<PersonSummary> people, ZoneId zone) {}

    private final Binder<Tactic> binder = new Binder<>(Tactic.class);
    private final Map<String, HasValidation> fieldsByProperty = new HashMap<>();
    private final TextField title = new TextField("Title");
    private final ComboBox<TacticParent> parent = new ComboBox<>("Serves");
    private final ComboBox<Channel> channel = new ComboBox<>("Channel");
    private final TextArea body = new TextArea("Copy");
    private final Span counter = new Span();
    private final DateTimePicker start;
    private final DateTimePicker end = new DateTimePicker("Ends (optional)");
    private final ComboBox<PersonSummary> owner;
    private final RadioButtonGroup<Intent> intent = new RadioButtonGroup<>("Intent");
    private final RadioButtonGroup<InteractionMode> mode = new RadioButtonGroup<>("Interaction");
    private final TextArea notes = new TextArea("Notes");
    private final LongFunction<@Nullable CopyRules> copyRules;
    private final Tactic read;
    private TacticStatus status;
    private @Nullable String statusHint;
    private @Nullable CopyRules rules;
    /** A time chosen on the calendar for an idea, waiting until the idea serves a strategy. */
    private @Nullable LocalDateTime pendingStart;

    private List<@Nullable Object> initial = List.of();
    private Runnable onCopyEdited = () -> {};
    private Runnable onChange = () -> {};

    TacticForm(Tactic tactic, Choices choices, boolean mayChooseOwner, LongFunction<@Nullable CopyRules> copyRules) {
        this.read = tactic;
        this.status = tactic.status();
        this.copyRules = copyRules;
        ZoneId zone = choices.zone();
        this.start = new DateTimePicker("Goes out (" + zone.getId() + ")");
        this.owner = Pickers.personPicker("Owner", choices.people());
        var form = getContent();
        form.addClassName("tactic-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));

        fieldsByProperty.put("title", title);
        fieldsByProperty.put("channelId", channel);
        fieldsByProperty.put("body", body);
        fieldsByProperty.put("ownerId", owner);
        fieldsByProperty.put("scheduledStart", start);
        fieldsByProperty.put("scheduledEnd", end);
        fieldsByProperty.put("strategyId", parent);

        title.setHelperText("For example: LinkedIn post: 3 signs your forecast is wrong");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(150);
        parent.setPlaceholder("Objective › strategy › campaign");
        parent.setItems(TacticForm::matches, choices.parents());
        parent.setItemLabelGenerator(TacticParent::path);
        parent.setClearButtonVisible(true);
        parent.setValue(choices.parents().stream()
                .filter(p -> Objects.equals(p.strategyId(), tactic.strategyId())
                        && Objects.equals(p.campaignId(), tactic.campaignId()))
                .findFirst()
                .orElse(null));
        channel.setItemLabelGenerator(TacticForm::channelLabel);
        owner.setReadOnly(!mayChooseOwner);
        intent.setItems(Intent.values());
        intent.setItemLabelGenerator(Intent::label);
        mode.setItems(InteractionMode.values());
        mode.setItemLabelGenerator(InteractionMode::label);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(150);
        body.setMinHeight("10em");
        counter.addClassName("copy-counter");
        counter.getElement().setAttribute("aria-live", "polite");
        body.setSuffixComponent(counter);

        binder.forField(title)
                .asRequired("Title is required")
                .withValidator(FieldRules.maxLength("Title", Check.NAME_MAX))
                .bind("title");
        // a retired channel is not offered, except to the tactic that already goes out on it
        List<Channel> offered = choices.channels().stream()
                .filter(c -> !c.retired() || Objects.equals(c.id(), tactic.channelId()))
                .toList();
        Pickers.bindId(binder, channel, offered, Channel::id, "channelId", "Choose a channel");
        channel.setItems(offered);
        Pickers.bindId(binder, owner, choices.people(), PersonSummary::id, "ownerId", "Owner is required");
        binder.forField(start)
                .withValidator(FieldRules.existsIn(zone))
                .withConverter(
                        local -> local == null ? null : local.atZone(zone).toInstant(),
                        instant -> instant == null ? null : LocalDateTime.ofInstant(instant, zone))
                .bind("scheduledStart");
        binder.forField(end)
                .withValidator(FieldRules.existsIn(zone))
                .withValidator(
                        local -> local == null || start.getValue() == null || !local.isBefore(start.getValue()),
                        "The end cannot be before the start")
                .withConverter(
                        local -> local == null ? null : local.atZone(zone).toInstant(),
                        instant -> instant == null ? null : LocalDateTime.ofInstant(instant, zone))
                .bind("scheduledEnd");
        binder.forField(intent).bind("intent");
        binder.forField(mode).bind("interactionMode");
        binder.forField(body)
                .withValidator(FieldRules.maxLength("Copy", Check.TEXT_MAX))
                .withValidator((text, context) -> {
                    String tooLong = tooLong(text);
                    return tooLong == null ? ValidationResult.ok() : ValidationResult.error(tooLong);
                })
                .bind("body");
        binder.forField(notes)
                .withValidator(FieldRules.maxLength("Notes", Check.TEXT_MAX))
                .bind("notes");
        for (String carried : List.of("id", "strategyId", "campaignId", "status", "departmentId", "version")) {
            binder.forField(new ReadOnlyHasValue<@Nullable Object>(value -> {})).bind(carried);
        }
        binder.readRecord(tactic);
        if (tactic.strategyId() == null && tactic.scheduledStart() != null) {
            // planned on a calendar day but not yet serving anything: keep the day for when it does
            pendingStart = LocalDateTime.ofInstant(tactic.scheduledStart(), zone);
            start.clear();
        }

        parent.addValueChangeListener(e -> parentChanged(e.getValue(), e.isFromClient()));
        channel.addValueChangeListener(e -> {
            channelChanged();
            onChange.run();
        });
        body.addValueChangeListener(e -> {
            updateCounter();
            if (e.isFromClient()) {
                onCopyEdited.run();
            }
            onChange.run();
        });
        title.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onCopyEdited.run();
            }
            onChange.run();
        });
        for (HasValue<?, ?> other : List.of(start, end, owner, intent, mode, notes)) {
            other.addValueChangeListener(e -> onChange.run());
        }

        form.add(title, 2);
        form.add(parent, 2);
        form.add(channel, owner);
        form.add(body, 2);
        form.add(start, end);
        form.add(intent, mode);
        form.add(notes, 2);
        channelChanged();
        showAlignment(false);
        initial = snapshot();
    }

    /** Runs {@code listener} when the person changes the title or the copy (the policy ticks no longer stand). */
    void onCopyEdited(Runnable listener) {
        this.onCopyEdited = listener;
    }

    /** Runs {@code listener} after any change of a field (also the channel, and so the copy rules). */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** The tactic as filled in, or null when a field's rule refuses it (the message shows next to it). */
    @Nullable
    Tactic write() {
        try {
            Tactic written = binder.writeRecord();
            TacticParent chosen = parent.getValue();
            Tactic placed = chosen == null
                    ? written.withParent(null, null)
                    : written.withParent(chosen.strategyId(), chosen.campaignId());
            return placed.withStatus(status);
        } catch (com.vaadin.flow.data.binder.ValidationException invalid) {
            return null;
        }
    }

    /** Whether anything differs from the tactic as read. */
    boolean hasChanges() {
        return !snapshot().equals(initial);
    }

    /** Shows the server's message about {@code property} next to its field; false when no field has that name. */
    boolean showFieldProblem(String property, String message) {
        HasValidation field = fieldsByProperty.get(property);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        parent.setReadOnly(readOnly);
    }

    /** The status the tactic will have once saved (an idea becomes a draft when it starts to serve a strategy). */
    TacticStatus status() {
        return status;
    }

    /** Why the status is what it is after a change of what the tactic serves; null when nothing needs saying. */
    @Nullable
    String statusHint() {
        return statusHint;
    }

    /** The channel's rules for the copy; null while no channel is chosen. */
    @Nullable
    CopyRules rules() {
        return rules;
    }

    /** The channel as the preview names it: "LinkedIn · Social". */
    @Nullable
    String channelLabel() {
        Channel chosen = channel.getValue();
        return chosen == null ? null : chosen.name() + " · " + chosen.kind().label();
    }

    @Nullable
    String copy() {
        return body.getValue();
    }

    private static String channelLabel(Channel c) {
        return c.name() + " (" + c.kind().label() + (c.retired() ? ", retired" : "") + ")";
    }

    /** The parent picker's filter: every word typed appears somewhere in "objective › strategy › campaign". */
    private static boolean matches(TacticParent item, String filter) {
        String path = item.path().toLowerCase(Locale.ROOT);
        return Arrays.stream(filter.toLowerCase(Locale.ROOT).split("[\\s›>/]+"))
                .filter(word -> !word.isBlank())
                .allMatch(path::contains);
    }

    private List<@Nullable Object> snapshot() {
        var values = new ArrayList<@Nullable Object>();
        for (HasValue<?, ?> field : List.of(title, parent, channel, body, start, end, owner, intent, mode, notes)) {
            values.add(field.getValue());
        }
        values.add(status);
        return values;
    }

    private void channelChanged() {
        Channel chosen = channel.getValue();
        rules = chosen == null ? null : copyRules.apply(chosen.id());
        body.setHelperText(rules == null ? null : rules.counting().rule());
        updateCounter();
    }

    /** "212 / 280": the copy's length as the channel counts it, red and invalid past the channel's limit. */
    private void updateCounter() {
        String text = body.getValue();
        int length = rules == null ? text.length() : rules.length(text);
        Integer max = rules == null ? null : rules.maxLength();
        counter.setText(
                max == null
                        ? Formats.current().number(length)
                        : Formats.current().number(length) + " / "
                                + Formats.current().number(max));
        String tooLong = tooLong(text);
        boolean over = tooLong != null;
        counter.getStyle().set("color", over ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
        counter.getStyle().set("font-weight", over ? "600" : "normal");
        counter.getElement().setAttribute("aria-invalid", over ? "true" : "false");
        if (over) {
            body.setErrorMessage(tooLong);
            body.setInvalid(true);
        } else if (body.isInvalid()
                && body.getErrorMessage() != null
                && body.getErrorMessage().contains(" takes at most ")) {
            body.setInvalid(false);
        }
    }

    private @Nullable String tooLong(@Nullable String text) {
        if (rules == null || !rules.tooLong(text)) {
            return null;
        }
        return rules.channelName() + " takes at most "
                + Formats.current().number(Objects.requireNonNull(rules.maxLength()))
                + " characters; this copy has " + Formats.current().number(rules.length(text)) + " ("
                + rules.counting().rule()
                + ")";
    }

    private void parentChanged(@Nullable TacticParent chosen, boolean fromClient) {
        if (chosen != null && fromClient && chosen.intent() != null) {
            intent.setValue(chosen.intent());
        }
        showAlignment(fromClient);
        onChange.run();
    }

    /** Says what serving a strategy (or not) means for the date and the status, as it changes. */
    private void showAlignment(boolean changedByUser) {
        boolean aligned = parent.getValue() != null;
        parent.setHelperText(aligned ? null : NO_PARENT_HINT);
        start.setEnabled(aligned);
        end.setEnabled(aligned);
        if (aligned) {
            if (pendingStart != null && start.isEmpty()) {
                start.setValue(pendingStart);
            }
            pendingStart = null;
            start.setHelperText(null);
            if (changedByUser && status == TacticStatus.IDEA) {
                status = TacticStatus.DRAFT;
                statusHint = "Now a draft: it serves a strategy, so it can be planned and scheduled";
            } else if (changedByUser) {
                statusHint = null;
            }
        } else {
            if (!start.isEmpty()) {
                pendingStart = start.getValue();
                start.clear();
                end.clear();
            }
            start.setHelperText(
                    pendingStart == null
                            ? null
                            : "Goes out " + Formats.current().weekdayDayMonthTime(pendingStart)
                                    + " once it serves a strategy");
            if (!status.allowedWhenUnaligned()) {
                status = TacticStatus.IDEA;
                statusHint = "Back to an idea: it serves no strategy";
            } else if (changedByUser) {
                statusHint = status == read.status() ? null : statusHint;
            }
        }
    }
}
