package app.throughline.ui;

import app.throughline.common.SubmissionKey;
import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A dialog that edits one record through a {@link Binder} and saves it through a service.
 * Field rules show next to their field; the server's verdict on a field shows there too; a
 * conflicting edit or a refusal shows as a message at the top, and the dialog stays open with
 * the user's input intact so nothing typed is lost. Save is disabled while it runs, and the
 * form's {@link SubmissionKey} makes the server save a form sent twice only once.
 *
 * @param <T> the record edited
 */
public abstract class EditDialog<T> extends Dialog {

    /** Saves a record through a service; the key is the same for every sending of one form. */
    @FunctionalInterface
    public interface Saver<T> {
        T save(T record, SubmissionKey submission);
    }

    protected final Binder<T> binder;
    protected final FormLayout form = new FormLayout();
    private final Div problem = new Div();
    private final Map<String, HasValidation> fieldsByProperty = new HashMap<>();
    private final Saver<T> saver;
    private final Consumer<T> onSaved;
    private final SubmissionKey submission = SubmissionKey.random();
    protected final Button saveButton = new Button("Save");
    private final Button cancelButton = new Button("Cancel", e -> close());

    protected EditDialog(String title, Class<T> type, Saver<T> saver, Consumer<T> onSaved) {
        this.binder = new Binder<>(type);
        this.saver = saver;
        this.onSaved = onSaved;
        setHeaderTitle(title);
        setWidth("min(44rem, 95vw)");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        problem.getElement().setAttribute("role", "alert");
        add(problem, form);

        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a second click while the first is saved is ignored in the browser and on the server
        saveButton.setDisableOnClick(true);
        // no Enter shortcut: Enter in a text area (copy, notes) would save a half-typed form
        saveButton.addClickListener(e -> saveClicked());
        getFooter().add(cancelButton, saveButton);
    }

    /** Registers a field so the server's messages about {@code property} appear next to it. */
    protected <F extends HasValidation> F field(String property, F field) {
        fieldsByProperty.put(property, field);
        return field;
    }

    /**
     * Carries record components the user does not edit (id, version, parent) from the record
     * read to the record written: the binder writes a record only when every component is bound.
     */
    protected void carry(String... properties) {
        for (String property : properties) {
            binder.forField(new ReadOnlyHasValue<@org.jspecify.annotations.Nullable Object>(value -> {}))
                    .bind(property);
        }
    }

    /** Shows {@code record} in the form. */
    protected void read(T record) {
        binder.readRecord(record);
    }

    /** Makes the form view-only, for people who may look but not change; says why at the top. */
    public void viewOnly(String why) {
        binder.setReadOnly(true);
        saveButton.setVisible(false);
        cancelButton.setText("Close");
        showNote(why);
    }

    /** {@link #viewOnly(String)}, titled for reading ("Campaign", not "Edit campaign"). */
    public void viewOnly(String title, String why) {
        setHeaderTitle(title);
        viewOnly(why);
    }

    /** Adds to the written record what the binder cannot bind one-to-one (a parent picked as a pair of ids). */
    protected T complete(T written) {
        return written;
    }

    /** What to tell the person once {@code saved} is saved ("Saved “…”"). */
    protected abstract String savedMessage(T saved);

    /** Shows a neutral note at the top of the dialog. */
    protected void showNote(String message) {
        problem.setText(message);
        problem.addClassName("form-note");
        problem.setVisible(true);
    }

    /** Shows a message at the top of the dialog (a refusal, a conflict). */
    protected void showProblem(String message) {
        problem.removeClassName("form-note");
        problem.setText(message);
        problem.setVisible(true);
    }

    private void saveClicked() {
        try {
            problem.setVisible(false);
            T edited;
            try {
                edited = binder.writeRecord();
            } catch (com.vaadin.flow.data.binder.ValidationException invalid) {
                return; // the binder already shows each message next to its field
            }
            T saved = saver.save(complete(edited), submission);
            close();
            Notifications.success(savedMessage(saved));
            onSaved.accept(saved);
        } catch (ValidationException invalid) {
            HasValidation field = invalid.field() == null ? null : fieldsByProperty.get(invalid.field());
            if (field != null) {
                field.setErrorMessage(invalid.getMessage());
                field.setInvalid(true);
            } else {
                showProblem(invalid.getMessage());
            }
        } catch (RuntimeException failed) {
            UserProblem told = UserProblem.of(failed);
            // where the person is looking; an unexpected failure also goes to the log with its incident id
            showProblem(told.message());
        } finally {
            saveButton.setEnabled(true);
        }
    }
}
