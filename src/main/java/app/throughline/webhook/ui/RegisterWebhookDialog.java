package app.throughline.webhook.ui;

import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.webhook.WebhookEvent;
import app.throughline.webhook.WebhookWithSecret;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/** The address and events of a new webhook; hands the registered hook, with its secret, back. */
class RegisterWebhookDialog extends Dialog {

    /** The service call that registers. */
    interface Register {
        WebhookWithSecret register(String url, Set<WebhookEvent> events);
    }

    RegisterWebhookDialog(Register register, Consumer<WebhookWithSecret> onRegistered) {
        setHeaderTitle("Register a webhook");
        setWidth("min(36rem, 95vw)");
        var url = new TextField("Address");
        url.setPlaceholder("https://publisher.example.com/hooks/throughline");
        url.setHelperText("http or https; the events are POSTed here");
        url.setWidthFull();
        url.setRequiredIndicatorVisible(true);
        var events = new CheckboxGroup<WebhookEvent>("Events");
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(WebhookEvent::label);
        events.setValue(EnumSet.allOf(WebhookEvent.class));
        events.addThemeName("vertical");
        var problem = new Div();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(new VerticalLayout(url, events, problem));

        var save = new Button("Register");
        // a second click would register a second hook with a second secret
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            url.setInvalid(false);
            events.setInvalid(false);
            try {
                WebhookWithSecret created = register.register(url.getValue(), events.getValue());
                close();
                onRegistered.accept(created);
            } catch (RuntimeException refused) {
                String message = UserProblem.of(refused).message();
                if (refused instanceof ValidationException invalid && "url".equals(invalid.field())) {
                    url.setErrorMessage(message);
                    url.setInvalid(true);
                } else if (refused instanceof ValidationException invalid && "events".equals(invalid.field())) {
                    events.setErrorMessage(message);
                    events.setInvalid(true);
                } else {
                    problem.setText(message);
                    problem.setVisible(true);
                }
                save.setEnabled(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
