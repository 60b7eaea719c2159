package app.throughline.feed.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a secret URL (a feed's, a share link's) once, with a Copy button: only its hash is
 * stored, so once this closes nobody can see it again (DD018). Also used by {@code share.ui}.
 */
public class TokenUrlDialog extends Dialog {

    public TokenUrlDialog(String title, String fieldLabel, String url, String... explanations) {
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        setCloseOnOutsideClick(false);
        var field = new TextField(fieldLabel);
        field.setValue(url);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("token-url");
        var copy = new Button("Copy", VaadinIcon.COPY.create(), e -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
            e.getSource().setText("Copied");
        });
        copy.getElement().setAttribute("aria-label", "Copy the address");
        var row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row);
        for (String text : explanations) {
            add(new Paragraph(text));
        }
        add(new Paragraph(
                "It will not be shown again: copy it now. Anyone who has it can open it until it is " + "revoked."));
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
