package app.throughline.people.ui;

import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.people.ProfileService;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.ui.Notifications;
import app.throughline.ui.ViewerLocale;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;

/**
 * Changing one's password ({@code profile/password}): the current one, the new one twice. A
 * person whose password an admin set lands here whatever they open ({@link ForcedPasswordChange})
 * and, once it is changed, gets their roles and the calendar.
 */
@Route(PasswordView.PATH)
@PageTitle("Change your password · Throughline")
@PermitAll
public class PasswordView extends VerticalLayout {

    public static final String PATH = "profile/password";
    static final String FORCED_NOTE = "An admin set your password; choose your own to continue.";

    private final ProfileService profiles;
    private final CurrentUser me;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Repeat the new password");
    private final Div problem = new Div();

    PasswordView(ProfileService profiles, CurrentUserProvider currentUser) {
        this.profiles = profiles;
        this.me = currentUser.get();
        addClassName("password-view");
        setWidthFull();
        add(new H1("Change your password"));
        if (me.mustChangePassword()) {
            var note = new Paragraph(FORCED_NOTE);
            note.addClassNames("form-problem", "form-note", "forced-change-note");
            note.getElement().setAttribute("role", "status");
            add(note);
        }
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        next.setHelperText("At least " + ProfileService.PASSWORD_MIN + " characters (a few words in a row are "
                + "easy to remember), and not one of the 3,000 most common passwords");
        var form = new FormLayout(current, next, repeat);
        form.setMaxWidth("30rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var change = new Button("Change password", e -> {
            change();
            e.getSource().setEnabled(true);
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setDisableOnClick(true);
        add(problem, form, change);
        if (!me.mustChangePassword()) {
            add(new RouterLink("Back to your profile", ProfileView.class));
        }
    }

    private void change() {
        problem.setVisible(false);
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setInvalid(false);
        }
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two new passwords are not the same");
            repeat.setInvalid(true);
            return;
        }
        try {
            CurrentUser now = profiles.changePassword(me.personId(), current.getValue(), next.getValue());
            UI ui = UI.getCurrent();
            ViewerLocale.apply(ui, now.locale());
            Notifications.success("Your password is changed");
            if (me.mustChangePassword()) {
                ui.navigate("");
                // a fresh page of the calendar, so the menu is built for the roles the person now
                // holds (a reload would load the password page again: it runs before the address changes)
                var request = VaadinRequest.getCurrent();
                ui.getPage().setLocation((request == null ? "" : request.getContextPath()) + "/");
            } else {
                ui.navigate(ProfileView.class);
            }
        } catch (ValidationException invalid) {
            PasswordField field =
                    "current".equals(invalid.field()) ? current : "next".equals(invalid.field()) ? next : null;
            if (field != null) {
                field.setErrorMessage(invalid.getMessage());
                field.setInvalid(true);
            } else {
                showProblem(invalid.getMessage());
            }
        } catch (RuntimeException failed) {
            showProblem(UserProblem.of(failed).message());
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
