package app.throughline.listening.ui;

import app.throughline.channel.Channel;
import app.throughline.listening.Insight;
import app.throughline.listening.InsightDraft;
import app.throughline.listening.InsightKind;
import app.throughline.ui.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What was heard, its kind, where (one of our channels, or another source in words) and when:
 * the form for recording an insight and for changing one. The service checks every value; its
 * refusals show next to their field ({@link #showFieldProblem}).
 */
final class InsightForm extends Composite<FormLayout> {

    private final TextArea heard = new TextArea("What was heard");
    private final Select<InsightKind> kind = new Select<>();
    private final ComboBox<Channel> channel = new ComboBox<>("Heard on channel");
    private final TextField source = new TextField("Or another source");
    private final DatePicker heardOn = new DatePicker("Heard on");
    private final List<Channel> channels;
    private final Map<String, HasValidation> fields;

    InsightForm(List<Channel> channels, LocalDate today) {
        this.channels = channels;
        heard.setRequiredIndicatorVisible(true);
        heard.setHelperText("In their words where you can, as plain text (at most "
                + Formats.current().number(Insight.MAX_LENGTH) + " characters)");
        heard.setMinHeight("6em");
        kind.setLabel("Kind");
        kind.setItems(InsightKind.values());
        kind.setItemLabelGenerator(InsightKind::label);
        // no required indicator: Vaadin's select then puts aria-required on a button, which axe
        // rejects; the server says "required" next to the field when it is left empty
        kind.setHelperText("Required");
        kind.setPlaceholder("Question, complaint, praise…");
        channel.setItems(channels);
        channel.setItemLabelGenerator(Channel::name);
        channel.setClearButtonVisible(true);
        channel.setHelperText("When it was heard on one of our channels");
        source.setHelperText("Otherwise: a sales call, a trade-show stand, a partner meeting…");
        source.setClearButtonVisible(true);
        heardOn.setRequiredIndicatorVisible(true);
        heardOn.setMax(today);
        heardOn.setValue(today);
        fields = Map.of("heard", heard, "kind", kind, "channel", channel, "source", source, "heardOn", heardOn);

        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(heard, 2);
        form.add(kind, heardOn, channel, source);
    }

    /** Shows {@code draft} in the fields. */
    void set(InsightDraft draft) {
        heard.setValue(Objects.requireNonNullElse(draft.heard(), ""));
        kind.setValue(draft.kind());
        Long channelId = draft.channelId();
        channel.setValue(channels.stream()
                .filter(c -> channelId != null && c.id() == channelId)
                .findFirst()
                .orElse(null));
        source.setValue(Objects.requireNonNullElse(draft.source(), ""));
        heardOn.setValue(draft.heardOn());
    }

    /** What the fields say now, for the service to check. */
    InsightDraft value() {
        clearProblems();
        Channel chosen = channel.getValue();
        return new InsightDraft(
                heard.getValue(),
                chosen == null ? null : chosen.id(),
                source.getValue(),
                heardOn.getValue(),
                kind.getValue());
    }

    /** Empties the form for the next insight (the day stays). */
    void clear(LocalDate today) {
        heard.clear();
        kind.clear();
        channel.clear();
        source.clear();
        heardOn.setValue(today);
        clearProblems();
    }

    /** Shows the server's message next to {@code field}; false when no field has that name. */
    boolean showFieldProblem(@Nullable String field, String message) {
        HasValidation shown = field == null ? null : fields.get(field);
        if (shown == null) {
            return false;
        }
        shown.setErrorMessage(message);
        shown.setInvalid(true);
        return true;
    }

    private void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
