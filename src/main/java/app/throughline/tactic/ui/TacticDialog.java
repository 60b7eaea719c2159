package app.throughline.tactic.ui;

import app.throughline.channel.Channel;
import app.throughline.common.Check;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.people.PersonSummary;
import app.throughline.plan.Intent;
import app.throughline.plan.TacticParent;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticStatus;
import app.throughline.ui.EditDialog;
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
import java.util.ArrayList;
import java.util.Objects;

/**
 * The simple tactic form: title, where it hangs in the plan, channel, when, owner, status. The
 * full composer (policy checklist, coaching thread) builds on this later. Times are entered
 * and shown in the viewer's time zone and saved as instants.
 */
class TacticDialog extends EditDialog<Tactic> {

    private final ComboBox<TacticParent> parent = new ComboBox<>("Serves");
    private final ComboBox<Channel> channel = new ComboBox<>("Channel");
    private final TextArea body = new TextArea("Copy");

    TacticDialog(Tactic tactic, TacticDialogs.Choices choices, TacticDialogs.Actions actions) {
        super(tactic.id() == null ? "New tactic" : "Edit tactic", Tactic.class, actions.save(), actions.onSaved());
        ZoneId zone = choices.zone();
        var title = field("title", new TextField("Title"));
        title.setMaxLength(Check.NAME_MAX);
        title.setPlaceholder("LinkedIn post: 3 signs your forecast is wrong");

        field("strategyId", parent);
        parent.setItems(choices.parents());
        parent.setClearButtonVisible(true);
        parent.setPlaceholder("Nothing yet: an unaligned idea");
        parent.setHelperText("A tactic without a strategy is only an idea: it cannot be scheduled");
        parent.setValue(choices.parents().stream()
                .filter(p -> Objects.equals(p.strategyId(), tactic.strategyId())
                        && Objects.equals(p.campaignId(), tactic.campaignId()))
                .findFirst().orElse(null));

        field("channelId", channel);
        channel.setItemLabelGenerator(c -> c.name() + " (" + c.kind().label() + ")");
        var owner = field("ownerId", Pickers.personPicker("Owner", choices.people()));
        var start = field("scheduledStart", new DateTimePicker("Goes out (" + zone.getId() + ")"));
        var end = field("scheduledEnd", new DateTimePicker("Ends (optional)"));
        var status = field("status", new ComboBox<TacticStatus>("Status"));
        status.setItemLabelGenerator(TacticStatus::label);
        offerStatuses(status, choices, tactic.strategyId() != null, tactic.status());
        var intent = new RadioButtonGroup<Intent>("Intent");
        intent.setItems(Intent.values());
        intent.setItemLabelGenerator(Intent::label);
        var mode = new RadioButtonGroup<InteractionMode>("Interaction");
        mode.setItems(InteractionMode.values());
        mode.setItemLabelGenerator(InteractionMode::label);
        field("body", body);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        var notes = field("notes", new TextArea("Notes"));
        notes.setMaxLength(Check.TEXT_MAX);

        binder.forField(title).asRequired("Title is required").bind("title");
        Pickers.bindId(binder, channel, choices.channels(), Channel::id, "channelId", "Choose a channel");
        channel.setItems(choices.channels());
        Pickers.bindId(binder, owner, choices.people(), PersonSummary::id, "ownerId", "Owner is required");
        binder.forField(start)
                .withConverter(local -> local == null ? null : local.atZone(zone).toInstant(),
                        instant -> instant == null ? null : LocalDateTime.ofInstant(instant, zone))
                .bind("scheduledStart");
        binder.forField(end)
                .withValidator(local -> local == null || start.getValue() == null || !local.isBefore(start.getValue()),
                        "The end cannot be before the start")
                .withConverter(local -> local == null ? null : local.atZone(zone).toInstant(),
                        instant -> instant == null ? null : LocalDateTime.ofInstant(instant, zone))
                .bind("scheduledEnd");
        binder.forField(status).asRequired("Status is required")
                .withValidator(s -> parent.getValue() != null || s.allowedWhenUnaligned(),
                        "An unaligned idea stays an idea: link it to a strategy or campaign first")
                .bind("status");
        binder.forField(intent).bind("intent");
        binder.forField(mode).bind("interactionMode");
        binder.forField(body)
                .withValidator(text -> fits(text), "Too long for this channel")
                .bind("body");
        binder.forField(notes).bind("notes");
        carry("id", "strategyId", "campaignId", "departmentId", "version");

        parent.addValueChangeListener(e -> {
            offerStatuses(status, choices, e.getValue() != null, status.getValue());
            if (e.getValue() != null && e.getValue().intent() != null && e.isFromClient()) {
                intent.setValue(e.getValue().intent());
            }
            if (e.getValue() != null && e.isFromClient() && status.getValue() == TacticStatus.IDEA) {
                status.setValue(TacticStatus.DRAFT); // linked: it is work now, no longer only an idea
            }
            if (e.getValue() == null && !status.isEmpty() && !status.getValue().allowedWhenUnaligned()) {
                status.setValue(TacticStatus.IDEA);
            }
        });
        channel.addValueChangeListener(e -> updateLength());
        body.addValueChangeListener(e -> updateLength());

        form.add(title, 2);
        form.add(parent, 2);
        form.add(channel, owner, start, end, status, mode);
        form.add(intent, 2);
        form.add(body, 2);
        form.add(notes, 2);
        read(tactic);
        updateLength();

        if (!choices.mayEdit()) {
            viewOnly("You can look at this tactic, but only its owner or a marketer can change it.");
            parent.setReadOnly(true);
        } else if (tactic.id() != null && actions.delete() != null) {
            var delete = new Button("Delete", e -> confirmDelete(tactic, actions));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(delete);
        }
    }

    /** Offers what this person may choose, ideas only while nothing is chosen to serve; keeps {@code current}. */
    private static void offerStatuses(ComboBox<TacticStatus> status, TacticDialogs.Choices choices, boolean aligned,
            TacticStatus current) {
        var offered = new ArrayList<TacticStatus>();
        for (TacticStatus candidate : TacticStatus.values()) {
            if (candidate == current
                    || choices.statuses().contains(candidate) && (aligned || candidate.allowedWhenUnaligned())) {
                offered.add(candidate);
            }
        }
        status.setItems(offered);
        status.setValue(current);
    }

    @Override
    protected Tactic complete(Tactic written) {
        TacticParent chosen = parent.getValue();
        return chosen == null ? written.withParent(null, null)
                : written.withParent(chosen.strategyId(), chosen.campaignId());
    }

    private boolean fits(String text) {
        Integer max = channel.getValue() == null ? null : channel.getValue().maxLength();
        return text == null || max == null || text.length() <= max;
    }

    private void updateLength() {
        Integer max = channel.getValue() == null ? null : channel.getValue().maxLength();
        int length = body.getValue() == null ? 0 : body.getValue().length();
        body.setHelperText(max == null ? length + " characters" : length + " / " + max + " characters");
        body.setInvalid(!fits(body.getValue()));
        if (body.isInvalid()) {
            body.setErrorMessage(channel.getValue().name() + " takes at most " + max + " characters");
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
            } catch (ConcurrentEditException | NotFoundException refused) {
                showProblem(refused.getMessage());
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button("Keep it", e -> confirm.close()), yes);
        confirm.open();
    }
}
