package app.throughline.webhook.ui;

import app.throughline.webhook.WebhookWithSecret;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a hook's secret once, to be copied into the receiver. Once this dialog closes nobody can
 * see it again (a lost secret is replaced with "New secret").
 */
class SecretDialog extends Dialog {

    SecretDialog(WebhookWithSecret created) {
        setHeaderTitle("The webhook's secret");
        setWidth("min(38rem, 95vw)");
        setCloseOnOutsideClick(false);
        var field = new TextField("Secret for " + created.webhook().url());
        field.setValue(created.secret());
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("webhook-secret");
        var copy = new Button("Copy", VaadinIcon.COPY.create(), e -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", created.secret());
            e.getSource().setText("Copied");
        });
        copy.getElement().setAttribute("aria-label", "Copy the secret");
        var row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(
                new Paragraph("Every delivery carries X-Throughline-Signature: sha256= and the HMAC-SHA256 of its body "
                        + "with this secret. Give it to the receiver so it can check that a call comes from here."),
                row,
                new Paragraph("It will not be shown again."));
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
