package app.throughline.coaching.ui;

import app.throughline.coaching.Comment;
import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * A dialog that asks for one comment and hands it to the server: a coach's "send back" (the
 * comment says what to change) or a note left afterwards. The server's verdict on the comment
 * shows next to the field; a conflict or a refusal closes the dialog and goes to {@code onProblem}.
 */
class CommentDialog extends Dialog {

    /** Sends the comment; throws what the server refuses. */
    @FunctionalInterface
    interface Sender {
        void send(String comment);
    }

    private final TextArea comment;
    private final Div problem = new Div();

    CommentDialog(
            String title,
            String intro,
            String label,
            String action,
            Sender sender,
            Runnable onSent,
            Consumer<UserProblem> onProblem) {
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        comment = new TextArea(label);
        comment.setWidthFull();
        comment.setMinHeight("8rem");
        comment.setRequiredIndicatorVisible(true);
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        comment.addValueChangeListener(e -> count());
        count();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(new Paragraph(intro), problem, comment);

        var send = new Button(action, e -> {
            try {
                sender.send(comment.getValue());
                close();
                onSent.run();
            } catch (ValidationException invalid) {
                if ("comment".equals(invalid.field())) {
                    comment.setErrorMessage(invalid.getMessage());
                    comment.setInvalid(true);
                } else {
                    problem.setText(invalid.getMessage());
                    problem.setVisible(true);
                }
            } catch (RuntimeException refused) {
                close();
                onProblem.accept(UserProblem.of(refused));
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        send.setDisableOnClick(true);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), send);
    }

    /** The live counter under the field; past the limit it says so, before the server does. */
    private void count() {
        int length = comment.getValue().strip().length();
        comment.setHelperText(Formats.current().number(length) + " / "
                + Formats.current().number(Comment.MAX_LENGTH) + " characters");
        if (length > Comment.MAX_LENGTH) {
            comment.setErrorMessage(
                    "A comment can be at most " + Formats.current().number(Comment.MAX_LENGTH)
                            + " characters; this has " + Formats.current().number(length) + ".");
            comment.setInvalid(true);
        } else {
            comment.setInvalid(false);
        }
    }
}
