package app.throughline.policy.ui;

import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.policy.PolicyItem;
import app.throughline.policy.SocialPolicyService;
import app.throughline.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Objects;

/**
 * One item of the checklist as the admin edits it: its text (with a counter), whether authors
 * are asked it, save, and moving it up or down. A conflict (another admin changed it) shows at
 * the row and keeps what was typed.
 */
class PolicyItemRow extends VerticalLayout {

    private final SocialPolicyService policy;
    private final PolicyItem item;
    private final Runnable changed;
    private final TextField text;
    private final Checkbox active = new Checkbox("Asked of authors");
    private final Div problem = new Div();

    PolicyItemRow(
            SocialPolicyService policy,
            PolicyItem item,
            int number,
            boolean mayMoveUp,
            boolean mayMoveDown,
            Runnable changed) {
        this.policy = policy;
        this.item = item;
        this.changed = changed;
        setPadding(false);
        setSpacing(false);
        addClassName("policy-item");

        text = new TextField("Item " + number);
        text.setValue(item.text());
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> counter(text));
        counter(text);
        active.setValue(item.active());

        var save = new Button("Save", e -> save());
        save.getElement().setAttribute("aria-label", "Save item " + number);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(true));
        up.getElement().setAttribute("aria-label", "Move item " + number + " up");
        up.setTooltipText("Move up");
        up.setEnabled(mayMoveUp);
        up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(false));
        down.getElement().setAttribute("aria-label", "Move item " + number + " down");
        down.setTooltipText("Move down");
        down.setEnabled(mayMoveDown);
        down.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);

        var line = new HorizontalLayout(text, active, save, up, down);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setFlexGrow(1, text);
        line.setWrap(true);
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(line, problem);
    }

    /** The live count under a policy item's field, red past the limit. */
    static void counter(TextField field) {
        int length = field.getValue().strip().length();
        field.setHelperText(length + " / " + PolicyItem.TEXT_MAX + " characters");
        if (length > PolicyItem.TEXT_MAX) {
            field.setErrorMessage(
                    "An item can be at most " + PolicyItem.TEXT_MAX + " characters; this has " + length + ".");
            field.setInvalid(true);
        } else {
            field.setInvalid(false);
        }
    }

    private void save() {
        problem.setVisible(false);
        try {
            PolicyItem saved = policy.save(
                    new PolicyItem(item.id(), item.position(), text.getValue(), active.getValue(), item.version()));
            Notifications.success(
                    saved.active() ? "Saved “" + saved.text() + "”" : "Saved “" + saved.text() + "”, no longer asked");
            changed.run();
        } catch (ValidationException invalid) {
            if (Objects.equals(invalid.field(), "text")) {
                text.setErrorMessage(invalid.getMessage());
                text.setInvalid(true);
            } else {
                showProblem(invalid.getMessage());
            }
        } catch (RuntimeException refused) {
            // what was typed stays in the field; the message says to reload
            showProblem(UserProblem.of(refused).message());
        }
    }

    private void move(boolean up) {
        try {
            policy.move(item, up);
            changed.run();
        } catch (RuntimeException refused) {
            Notifications.problem(UserProblem.of(refused));
            changed.run();
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
