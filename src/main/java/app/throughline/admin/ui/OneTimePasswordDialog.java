package app.throughline.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a generated password once, to be copied and handed over. It is not kept anywhere: once
 * this dialog closes, nobody can see it again (the person replaces it when they sign in).
 */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String title, String displayName, String login, String password) {
        setHeaderTitle(title);
        setWidth("min(34rem, 95vw)");
        setCloseOnOutsideClick(false);
        var field = new TextField("Password for " + login);
        field.setValue(password);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("one-time-password");
        var copy = new Button("Copy", VaadinIcon.COPY.create(), e -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", password);
            e.getSource().setText("Copied");
        });
        copy.getElement().setAttribute("aria-label", "Copy the password");
        var row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(
                new Paragraph("Give this password to " + displayName + " (login " + login + ") in person or by "
                        + "another safe way."),
                row,
                new Paragraph("It will not be shown again. When " + displayName + " signs in with it, they must "
                        + "choose a password of their own first."));
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
