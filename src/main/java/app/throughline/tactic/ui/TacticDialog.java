package app.throughline.tactic.ui;

import app.throughline.channel.Channel;
import app.throughline.common.Check;
import app.throughline.common.UserProblem;
import app.throughline.people.PersonSummary;
import app.throughline.plan.Intent;
import app.throughline.plan.TacticParent;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticAccess;
import app.throughline.tactic.TacticStatus;
import app.throughline.tactic.TacticWorkflow.Step;
import app.throughline.ui.EditDialog;
import app.throughline.ui.FieldRules;
import app.throughline.ui.Notifications;
import app.throughline.ui.Pickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The tactic form: title, where it hangs in the plan, channel, when, owner, status. It offers
 * exactly what {@link TacticAccess} allows the person; a reviewer who may not change the tactic
 * gets its review steps (approve, send back) as buttons. Times are entered and shown in the
 * viewer's time zone and saved as instants. The full composer (policy checklist, coaching
 * thread) replaces it later.
 */
class TacticDialog extends EditDialog<Tactic> {

    private static final String NO_PARENT_HINT =
            "Without a strategy it is only an idea: it gets a date once it " + "serves one";
    private static final DateTimeFormatter PENDING = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final ComboBox<TacticParent> parent = new ComboBox<>("Serves");
    private final ComboBox<Channel> channel = new ComboBox<>("Channel");
    private final TextArea body = new TextArea("Copy");
    private final DateTimePicker start;
    private final DateTimePicker end = new DateTimePicker("Ends (optional)");
    private final ComboBox<TacticStatus> status = new ComboBox<>("Status");
    private final List<TacticStatus> statusChoices;
    private final TacticStatus initialStatus;
    /** A time chosen on the calendar for an idea, waiting until the idea serves a strategy. */
    private @Nullable LocalDateTime pendingStart;

    private @Nullable TacticStatus requestedStatus;

    TacticDialog(Tactic tactic, TacticDialogs.Choices choices, TacticDialogs.Actions actions) {
        super(title(tactic, choices.access()), Tactic.class, actions.save(), actions.onSaved());
        TacticAccess access = choices.access();
        ZoneId zone = choices.zone();
        this.statusChoices = access.statusChoices();
        this.initialStatus = tactic.status();
        this.start = new DateTimePicker("Goes out (" + zone.getId() + ")");
        var title = field("title", new TextField("Title"));
        title.setHelperText("For example: LinkedIn post: 3 signs your forecast is wrong");

        field("strategyId", parent);
        parent.setItems(choices.parents());
        parent.setClearButtonVisible(true);
        parent.setValue(choices.parents().stream()
                .filter(p -> Objects.equals(p.strategyId(), tactic.strategyId())
                        && Objects.equals(p.campaignId(), tactic.campaignId()))
                .findFirst()
                .orElse(null));

        field("channelId", channel);
        channel.setItemLabelGenerator(c -> c.name() + " (" + c.kind().label() + ")");
        var owner = field("ownerId", Pickers.personPicker("Owner", choices.people()));
        owner.setReadOnly(!access.mayChooseOwner());
        field("scheduledStart", start);
        field("scheduledEnd", end);
        field("status", status);
        status.setItemLabelGenerator(TacticStatus::label);
        status.setItems(statusChoices);
        var intent = new RadioButtonGroup<Intent>("Intent");
        intent.setItems(Intent.values());
        intent.setItemLabelGenerator(Intent::label);
        var mode = new RadioButtonGroup<InteractionMode>("Interaction");
        mode.setItems(InteractionMode.values());
        mode.setItemLabelGenerator(InteractionMode::label);
        field("body", body);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        var notes = field("notes", new TextArea("Notes"));

        binder.forField(title)
                .asRequired("Title is required")
                .withValidator(FieldRules.maxLength("Title", Check.NAME_MAX))
                .bind("title");
        Pickers.bindId(binder, channel, choices.channels(), Channel::id, "channelId", "Choose a channel");
        channel.setItems(choices.channels());
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
        binder.forField(status)
                .asRequired("Status is required")
                .withValidator(
                        s -> parent.getValue() != null || s.allowedWhenUnaligned(),
                        "An unaligned idea stays an idea: link it to a strategy or campaign first")
                .bind("status");
        binder.forField(intent).bind("intent");
        binder.forField(mode).bind("interactionMode");
        binder.forField(body)
                .withValidator(FieldRules.maxLength("Copy", Check.TEXT_MAX))
                .withValidator(this::fits, "Too long for this channel")
                .bind("body");
        binder.forField(notes)
                .withValidator(FieldRules.maxLength("Notes", Check.TEXT_MAX))
                .bind("notes");
        carry("id", "strategyId", "campaignId", "departmentId", "version");

        parent.addValueChangeListener(e -> parentChanged(e.getValue(), e.isFromClient(), intent));
        channel.addValueChangeListener(e -> updateLength());
        body.addValueChangeListener(e -> updateLength());

        form.add(title, 2);
        form.add(parent, 2);
        form.add(channel, owner, start, end, status, mode);
        form.add(intent, 2);
        form.add(body, 2);
        form.add(notes, 2);
        read(tactic);
        if (tactic.strategyId() == null && tactic.scheduledStart() != null) {
            // planned on a calendar day but not yet serving anything: keep the day for when it does
            pendingStart = LocalDateTime.ofInstant(tactic.scheduledStart(), zone);
            start.clear();
        }
        offerStatuses();
        showAlignment(false);
        updateLength();

        if (!access.mayEdit()) {
            viewOnly(viewOnlyNote(tactic, choices));
            parent.setReadOnly(true);
            access.steps().forEach(step -> getFooter().add(stepButton(tactic, step, actions)));
        } else if (tactic.id() != null) {
            var delete = new Button("Delete", e -> confirmDelete(tactic, actions));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(delete);
        }
    }

    private static String title(Tactic tactic, TacticAccess access) {
        if (tactic.id() == null) {
            return "New tactic";
        }
        return access.mayEdit() ? "Edit tactic" : access.reviewOnly() ? "Review tactic" : "Tactic";
    }

    private static String viewOnlyNote(Tactic tactic, TacticDialogs.Choices choices) {
        String owner = choices.people().stream()
                .filter(p -> p.id() == tactic.ownerId())
                .findFirst()
                .map(PersonSummary::displayName)
                .orElse("its owner");
        String who = "Only its owner, " + owner + ", or a marketer, strategist or admin can change it.";
        return choices.access().reviewOnly()
                ? "It waits for review: approve it, or send it back to its owner " + "to change. " + who
                : "You can read this tactic. " + who;
    }

    private void parentChanged(@Nullable TacticParent chosen, boolean fromClient, RadioButtonGroup<Intent> intent) {
        if (chosen != null && fromClient && chosen.intent() != null) {
            intent.setValue(chosen.intent());
        }
        offerStatuses();
        showAlignment(fromClient);
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
            if (changedByUser && status.getValue() == TacticStatus.IDEA) {
                status.setValue(TacticStatus.DRAFT);
                status.setHelperText("Now a draft: it serves a strategy, so it can be planned and scheduled");
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
                            : "Goes out " + PENDING.format(pendingStart) + " once it serves a strategy");
            if (status.getValue() != null && !status.getValue().allowedWhenUnaligned()) {
                status.setValue(TacticStatus.IDEA);
                status.setHelperText("Back to an idea: it serves no strategy");
            } else if (changedByUser) {
                status.setHelperText(null);
            }
        }
    }

    /** What the person may choose, ideas only while nothing is chosen to serve; keeps the current status. */
    private void offerStatuses() {
        boolean aligned = parent.getValue() != null;
        TacticStatus current = status.getValue();
        var offered = statusChoices.stream()
                .filter(s -> s == current || s == initialStatus || aligned || s.allowedWhenUnaligned())
                .toList();
        status.setItems(offered);
        status.setValue(current);
    }

    @Override
    protected Tactic complete(Tactic written) {
        requestedStatus = written.status();
        TacticParent chosen = parent.getValue();
        return chosen == null
                ? written.withParent(null, null)
                : written.withParent(chosen.strategyId(), chosen.campaignId());
    }

    @Override
    protected String savedMessage(Tactic saved) {
        if (saved.status() == TacticStatus.IN_REVIEW && requestedStatus != TacticStatus.IN_REVIEW) {
            return "Saved “" + saved.title() + "”. It was approved before your change, so it went back to review: "
                    + "a coach approves what goes out.";
        }
        return "Saved “" + saved.title() + "” (" + saved.status().label().toLowerCase(Locale.ROOT) + ")";
    }

    private Button stepButton(Tactic tactic, Step step, TacticDialogs.Actions actions) {
        var button = new Button(step.label(), e -> {
            try {
                Tactic changed = actions.step().change(tactic, step.to());
                close();
                Notifications.success(step.label() + ": “" + changed.title() + "” is now "
                        + changed.status().label().toLowerCase(Locale.ROOT));
                actions.onSaved().accept(changed);
            } catch (RuntimeException refused) {
                showProblem(UserProblem.of(refused).message());
            }
        });
        button.setDisableOnClick(true);
        button.addThemeVariants(
                step.to() == TacticStatus.APPROVED ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private boolean fits(@Nullable String text) {
        Integer max = channel.getValue() == null ? null : channel.getValue().maxLength();
        return text == null || max == null || text.length() <= max;
    }

    private void updateLength() {
        Channel chosen = channel.getValue();
        Integer max = chosen == null ? null : chosen.maxLength();
        int length = body.getValue() == null ? 0 : body.getValue().length();
        body.setHelperText(max == null ? length + " characters" : length + " / " + max + " characters");
        body.setInvalid(!fits(body.getValue()));
        if (body.isInvalid() && chosen != null) {
            body.setErrorMessage(chosen.name() + " takes at most " + max + " characters; this copy has " + length);
        }
    }

    private void confirmDelete(Tactic tactic, TacticDialogs.Actions actions) {
        var confirm = new Dialog();
        confirm.setHeaderTitle("Delete “" + tactic.title() + "”?");
        confirm.add(new Paragraph("The tactic and its status history are deleted. This cannot be undone."));
        var yes = new Button("Delete tactic", e -> {
            confirm.close();
            try {
                actions.delete().accept(tactic);
                close();
                Notifications.success("Deleted “" + tactic.title() + "”");
            } catch (RuntimeException refused) {
                showProblem(UserProblem.of(refused).message());
            }
        });
        yes.setDisableOnClick(true);
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button("Keep it", e -> confirm.close()), yes);
        confirm.open();
    }
}
